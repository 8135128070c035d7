using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Trackside.Diagnostics;
using SourceSpan = Trackside.Diagnostics.SourceSpan;
using Trackside.Link.Markdown;
using Trackside.Model;

namespace Trackside.Link;

/// <summary>Checks every link and image in one parsed Markdown text.</summary>
internal sealed class MarkdownLinkChecker(LinkTargets targets, DiagnosticBag diagnostics)
{
    private static readonly string[] WebSchemes = ["http", "https", "mailto", "tel"];
    private static readonly string[] UnsafeSchemes = ["javascript", "vbscript", "data", "file"];

    /// <summary>The item links that resolved, for back-links.</summary>
    public IReadOnlyList<ItemLink> Check(MarkdownSource markdown, MarkdownDocument document)
    {
        var resolved = new List<ItemLink>();
        MarkdownWalk.Leaves(document, (Checker: this, Markdown: markdown, Resolved: resolved), static (state, block) =>
        {
            if (block.Inline is not null) MarkdownWalk.Inlines(block.Inline, state, static (state, inline) => state.Checker.Check(state.Markdown, inline, state.Resolved));
        });
        return resolved;
    }

    private void Check(MarkdownSource markdown, Inline inline, List<ItemLink> resolved)
    {
        switch (inline)
        {
            case LinkInline { IsImage: true } image:
                CheckImage(image, SpanOf(markdown, image));
                break;
            case LinkInline link when ItemLinkExtension.Of(link) is { } target:
                if (targets.Check(target.Kind, target.Id, target, SpanOf(markdown, link))) resolved.Add(target);
                break;
            case LinkInline link:
                CheckUrl(link.Url ?? "", SpanOf(markdown, link));
                break;
            case AutolinkInline autolink when !autolink.IsEmail:
                CheckUrl(autolink.Url, SpanOf(markdown, autolink));
                break;
        }
    }

    /// <summary>Accepts web, mail and phone links; refuses code-running and unknown schemes.</summary>
    public void CheckUrl(string url, SourceSpan span)
    {
        if (url.Length == 0 || url.StartsWith('#')) return;
        var scheme = ItemLink.SchemeOf(url);
        if (scheme is not null && WebSchemes.Contains(scheme)) return;
        if (scheme is not null && UnsafeSchemes.Contains(scheme))
        {
            diagnostics.Error(Codes.UnsafeLink, span, $"links with `{scheme}:` are not allowed: they could run code or load hidden content",
                "link to a web page (https://...) or to an item (exercise:ID)");
            return;
        }
        var hint = Suggest.DidYouMean(scheme ?? url, ItemLink.Schemes);
        diagnostics.Error(Codes.UnknownScheme, span,
            scheme is null ? $"`{url}` is not an item link or a web address, so it cannot be checked" : $"unknown link type `{scheme}:`",
            hint ?? "link items as exercise:ID, progression:ID, explanation:ID, region:ID or source:SOURCE/CLAIM");
    }

    private void CheckImage(LinkInline image, SourceSpan span)
    {
        var src = image.Url ?? "";
        var scheme = ItemLink.SchemeOf(src);
        if (scheme is not null)
            diagnostics.Error(scheme is "http" or "https" ? Codes.MissingAsset : Codes.UnsafeLink, span,
                $"images must be files in content/assets/, not `{scheme}:` addresses",
                "save the image in content/assets/ and use its file name; the site makes no requests to other servers");
        else
            targets.CheckAsset(src, span);

        if (!image.Any())
            diagnostics.Warning(Codes.MissingAlt, span, "this image has no alt text",
                "describe the image between the brackets: ![Athlete rising onto the forefoot](file.svg)");
    }

    private static SourceSpan SpanOf(MarkdownSource markdown, Inline inline)
    {
        var (line, column) = markdown.Origin.Map(inline.Line, inline.Column);
        return new SourceSpan(markdown.Path, line, column, Math.Max(1, inline.Span.Length));
    }
}
