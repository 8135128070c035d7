using Trackside.Diagnostics;
using SourceSpan = Trackside.Diagnostics.SourceSpan;
using Trackside.Link.Markdown;
using Trackside.Model;

namespace Trackside.Link;

/// <summary>Answers "does this id, claim or anchor exist?", reporting the nearest alternatives when not.</summary>
internal sealed class LinkTargets
{
    private readonly ContentSet _content;
    private readonly DiagnosticBag _diagnostics;
    private readonly List<(Item Target, string Anchor, SourceSpan Span)> _anchors = new();

    public LinkTargets(ContentSet content, DiagnosticBag diagnostics)
    {
        _content = content;
        _diagnostics = diagnostics;
    }

    /// <summary>True when the item exists (and the link's anchor or claim too); otherwise reports why not.</summary>
    public bool Check(ContentKind kind, string id, ItemLink? link, SourceSpan span)
    {
        if (_content.Find(kind, id) is null)
        {
            if (!_content.BrokenItems.Contains((kind, id)))
            {
                _diagnostics.Error(Codes.UnknownItem, span, $"there is no {kind.Noun()} with the id `{id}`",
                    Suggest.DidYouMean(id, _content.IdsOf(kind))
                    ?? (Validate.IdRules.IsValid(id) ? $"add {kind.SourceFolder()}/{id}{kind.FileExtension()}, or check the spelling" : "ids use lowercase a-z, 0-9 and '-' only; check the spelling"));
            }
            return false;
        }
        if (link?.ClaimId is { } claim) return CheckClaim(id, claim, span);
        // Which sections a page has depends on its back-links, known only once every link is read.
        if (link?.Anchor is { Length: > 0 } anchor) _anchors.Add((_content.Find(kind, id)!, anchor, span));
        return true;
    }

    public bool CheckClaim(string sourceId, string claimId, SourceSpan span)
    {
        if (!Check(ContentKind.Source, sourceId, null, span)) return false;
        var claims = _content.Sources[sourceId].Claims.Select(c => c.Id).ToList();
        if (claims.Contains(claimId)) return true;
        _diagnostics.Error(Codes.UnknownClaim, span, $"the source `{sourceId}` has no claim `{claimId}`",
            Suggest.DidYouMean(claimId, claims) ?? $"add it under `claims:` in seeds/{sourceId}.yaml");
        return false;
    }

    /// <summary>Checks the #anchors of every link that resolved, now that the page sections are known.</summary>
    public void CheckAnchors(SiteGraph graph)
    {
        // Once per target: a region's sections depend on everything linking to it, so working them
        // out per link would cost time growing with the square of the site's size.
        var sections = new Dictionary<Item, List<string>>(ReferenceEqualityComparer.Instance);
        foreach (var (target, anchor, span) in _anchors)
        {
            if (!sections.TryGetValue(target, out var anchors)) sections[target] = anchors = SectionAnchors.For(target, graph).ToList();
            if (anchors.Contains(anchor)) continue;
            _diagnostics.Error(Codes.UnknownAnchor, span, $"the {target.Kind.Noun()} `{target.Id}` has no section `#{anchor}`",
                Suggest.DidYouMean(anchor, anchors) ?? $"sections there: {string.Join(", ", anchors.Take(12))}");
        }
    }
}
