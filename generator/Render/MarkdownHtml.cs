using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Trackside.Link;
using Trackside.Link.Markdown;
using Trackside.Model;

namespace Trackside.Render;

/// <summary>Renders parsed Markdown for one page, turning item links into relative page addresses.</summary>
public sealed class MarkdownHtml(SiteGraph graph, string pagePath)
{
    private readonly string _root = SitePaths.RootFrom(pagePath);

    /// <summary>Block Markdown: paragraphs, lists, headings.</summary>
    public string Block(MarkdownSource? markdown) => markdown is null ? "" : Render(graph.Document(markdown), inline: false);

    /// <summary>One-line Markdown (a step): no wrapping paragraph.</summary>
    public string Inline(MarkdownSource markdown) => Render(graph.Document(markdown), inline: true).Trim();

    // One renderer per thread and pipeline: setting one up registers every extension's renderers,
    // which cost more than rendering a step or a short paragraph.
    [ThreadStatic] private static (MarkdownPipeline Pipeline, StringWriter Writer, HtmlRenderer Renderer)? _renderer;

    private string Render(MarkdownDocument document, bool inline)
    {
        if (_renderer is not { } cached || cached.Pipeline != graph.Pipeline)
        {
            var writer = new StringWriter();
            var fresh = new HtmlRenderer(writer);
            graph.Pipeline.Setup(fresh);
            _renderer = cached = (graph.Pipeline, writer, fresh);
        }
        var (_, output, renderer) = cached;
        output.GetStringBuilder().Clear();
        renderer.ImplicitParagraph = inline;
        renderer.LinkRewriter = Href;
        renderer.Render(document);
        output.Flush();
        return output.ToString();
    }

    /// <summary>
    /// Item links become page addresses; web links stay; anything else that names a scheme is
    /// dropped to "#" (the link stage has already failed the build for it; this is a second guard).
    /// Images without a scheme are files in content/assets/.
    /// </summary>
    public string Href(string url)
    {
        if (ItemLink.TryParse(url) is { } link)
        {
            var anchor = link.ClaimId ?? link.Anchor;
            return _root + SitePaths.Item(link.Kind, link.Id) + (string.IsNullOrEmpty(anchor) ? "" : "#" + anchor);
        }
        return ItemLink.SchemeOf(url) switch
        {
            "http" or "https" or "mailto" or "tel" => url,
            null when url.StartsWith('#') => url,
            null => _root + SitePaths.Asset(AssetCheck.AssetPath(url)),
            _ => "#",
        };
    }
}
