using Markdig.Renderers.Html;
using Markdig.Syntax;
using Trackside.Diagnostics;
using SourceSpan = Trackside.Diagnostics.SourceSpan;
using Trackside.Link.Markdown;
using Trackside.Model;

namespace Trackside.Link;

/// <summary>Answers "does this id, claim or anchor exist?", reporting the nearest alternatives when not.</summary>
internal sealed class LinkTargets
{
    /// <summary>Section anchors every page of a kind has; explanation and source anchors come from their content.</summary>
    public static IReadOnlyDictionary<ContentKind, string[]> SectionAnchors { get; } = new Dictionary<ContentKind, string[]>
    {
        [ContentKind.Exercise] = ["main", "dose", "steps", "cues", "mistakes", "stop-if", "why", "used-by"],
        [ContentKind.Progression] = ["main", "prerequisites", "stages", "sources"],
        [ContentKind.Region] = ["main", "connections", "items"],
    };

    private readonly ContentSet _content;
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, HashSet<string>> _headingIds;

    public LinkTargets(ContentSet content, IReadOnlyDictionary<MarkdownSource, MarkdownDocument> documents, DiagnosticBag diagnostics)
    {
        _content = content;
        _diagnostics = diagnostics;
        _headingIds = content.Explanations.Values.ToDictionary(
            e => e.Id,
            e => documents[e.Body].Descendants<HeadingBlock>().Select(h => h.GetAttributes().Id).OfType<string>().ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>True when the item exists (and the link's anchor or claim too); otherwise reports why not.</summary>
    public bool Check(ContentKind kind, string id, ItemLink? link, SourceSpan span)
    {
        if (_content.Find(kind, id) is null)
        {
            if (!_content.BrokenItems.Contains((kind, id)))
            {
                _diagnostics.Error(Codes.UnknownItem, span, $"there is no {kind.Noun()} with the id `{id}`",
                    Suggest.DidYouMean(id, _content.IdsOf(kind)) ?? $"add {kind.SourceFolder()}/{id}{kind.FileExtension()}, or check the spelling");
            }
            return false;
        }
        if (link?.ClaimId is { } claim) return CheckClaim(id, claim, span);
        return link?.Anchor is not { Length: > 0 } anchor || CheckAnchor(kind, id, anchor, span);
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

    private bool CheckAnchor(ContentKind kind, string id, string anchor, SourceSpan span)
    {
        var known = kind switch
        {
            ContentKind.Explanation => _headingIds[id],
            ContentKind.Source => _content.Sources[id].Claims.Select(c => c.Id),
            ContentKind.Progression => SectionAnchors[kind].Concat(_content.Progressions[id].Stages.Select((_, i) => $"stage-{i + 1}")),
            _ => SectionAnchors[kind],
        };
        var anchors = known.ToList();
        if (anchors.Contains(anchor)) return true;
        _diagnostics.Error(Codes.UnknownAnchor, span, $"the {kind.Noun()} `{id}` has no section `#{anchor}`",
            Suggest.DidYouMean(anchor, anchors) ?? (anchors.Count > 0 ? $"sections there: {string.Join(", ", anchors.Take(12))}" : null));
        return false;
    }
}
