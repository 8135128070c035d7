using Trackside.Diagnostics;
using SourceSpan = Trackside.Diagnostics.SourceSpan;
using Trackside.Link.Markdown;
using Trackside.Model;

namespace Trackside.Link;

/// <summary>
/// Answers "does this id, claim, anchor or image exist?", reporting the nearest alternatives when not.
/// A view made for one item (<see cref="ForItem"/>) reports into that item's own diagnostics and
/// records every question asked, so a session can tell later whether the item's links still hold.
/// </summary>
internal sealed class LinkTargets
{
    private readonly ContentSet _content;
    private readonly DiagnosticBag _diagnostics;
    private readonly List<AnchorLink> _anchors;
    private readonly List<TargetLookup>? _lookups;
    private readonly List<AnchorLink>? _ownAnchors;

    public LinkTargets(ContentSet content, DiagnosticBag diagnostics) : this(content, diagnostics, new List<AnchorLink>(), null, null) { }

    private LinkTargets(ContentSet content, DiagnosticBag diagnostics, List<AnchorLink> anchors, List<TargetLookup>? lookups, List<AnchorLink>? ownAnchors)
    {
        _content = content;
        _diagnostics = diagnostics;
        _anchors = anchors;
        _lookups = lookups;
        _ownAnchors = ownAnchors;
    }

    /// <summary>A view that reports into <paramref name="diagnostics"/> and records lookups (when given a list) and anchor links into the lists given.</summary>
    public LinkTargets ForItem(DiagnosticBag diagnostics, List<TargetLookup>? lookups, List<AnchorLink> anchors) =>
        new(_content, diagnostics, _anchors, lookups, anchors);

    /// <summary>True when the item exists (and the link's anchor or claim too); otherwise reports why not.</summary>
    public bool Check(ContentKind kind, string id, ItemLink? link, SourceSpan span)
    {
        var answer = Answer(new TargetLookup(LookupKind.Item, kind, id, null));
        if (answer != TargetAnswer.Found)
        {
            if (answer == TargetAnswer.Missing)
            {
                _diagnostics.Error(Codes.UnknownItem, span, $"there is no {kind.Noun()} with the id `{id}`",
                    Suggest.DidYouMean(id, _content.IdsOf(kind))
                    ?? (Validate.IdRules.IsValid(id) ? $"add {kind.SourceFolder()}/{id}{kind.FileExtension()}, or check the spelling" : "ids use lowercase a-z, 0-9 and '-' only; check the spelling"));
            }
            return false;
        }
        if (link?.ClaimId is { } claim) return CheckClaim(id, claim, span);
        // Which sections a page has depends on its back-links, known only once every link is read.
        if (link?.Anchor is { Length: > 0 } anchor) AddAnchor(new AnchorLink(kind, id, anchor, span));
        return true;
    }

    public bool CheckClaim(string sourceId, string claimId, SourceSpan span)
    {
        if (!Check(ContentKind.Source, sourceId, null, span)) return false;
        if (Answer(new TargetLookup(LookupKind.Claim, ContentKind.Source, sourceId, claimId)) == TargetAnswer.Found) return true;
        var claims = _content.Sources[sourceId].Claims.Select(c => c.Id).ToList();
        _diagnostics.Error(Codes.UnknownClaim, span, $"the source `{sourceId}` has no claim `{claimId}`",
            Suggest.DidYouMean(claimId, claims) ?? $"add it under `claims:` in seeds/{sourceId}.yaml");
        return false;
    }

    /// <summary>True when an image names a file in content/assets/; otherwise reports it.</summary>
    public bool CheckAsset(string src, SourceSpan span)
    {
        if (Answer(new TargetLookup(LookupKind.Asset, ContentKind.Site, AssetCheck.AssetPath(src), null)) == TargetAnswer.Found) return true;
        AssetCheck.Report(src, span, _content.Assets, _diagnostics);
        return false;
    }

    /// <summary>Whether a question recorded by an earlier build gets the same answer now.</summary>
    public bool StillHolds(TargetLookup lookup) => Current(lookup) == lookup.Answer;

    /// <summary>The anchor links to check: those met while checking items, and those added.</summary>
    public IReadOnlyCollection<AnchorLink> Anchors => _anchors;

    /// <summary>Re-adds the anchor links of an item whose results were kept, to be checked with the others.</summary>
    public void AddAnchors(IEnumerable<AnchorLink> anchors) => _anchors.AddRange(anchors);

    /// <summary>Checks the #anchors of every link that resolved, now that the page sections are known; returns those that did not resolve.</summary>
    /// <param name="sectionsOf">The section anchors of a page, as a session keeps them; null to make them here.</param>
    public IReadOnlyList<AnchorLink> CheckAnchors(SiteGraph graph, Func<Item, SiteGraph, IReadOnlyList<string>>? sectionsOf)
    {
        var failed = new List<AnchorLink>();
        var sections = new Dictionary<(ContentKind, string), IReadOnlyList<string>>();
        foreach (var link in _anchors)
        {
            var (kind, id, anchor, span) = link;
            var target = _content.Find(kind, id)!;
            if (!sections.TryGetValue((kind, id), out var anchors))
                sections[(kind, id)] = anchors = sectionsOf?.Invoke(target, graph) ?? SectionAnchors.For(target, graph).ToList();
            if (anchors.Contains(anchor)) continue;
            failed.Add(link);
            _diagnostics.Error(Codes.UnknownAnchor, span, $"the {target.Kind.Noun()} `{target.Id}` has no section `#{anchor}`",
                Suggest.DidYouMean(anchor, anchors) ?? $"sections there: {string.Join(", ", anchors.Take(12))}");
        }
        return failed;
    }

    private void AddAnchor(AnchorLink link)
    {
        _anchors.Add(link);
        _ownAnchors?.Add(link);
    }

    private TargetAnswer Answer(TargetLookup question)
    {
        var answer = Current(question);
        _lookups?.Add(question with { Answer = answer });
        return answer;
    }

    private TargetAnswer Current(TargetLookup lookup) => lookup.Lookup switch
    {
        LookupKind.Item => _content.Find(lookup.Kind, lookup.Id) is not null ? TargetAnswer.Found
            : _content.BrokenItems.Contains((lookup.Kind, lookup.Id)) ? TargetAnswer.Broken : TargetAnswer.Missing,
        LookupKind.Claim => _content.Sources.GetValueOrDefault(lookup.Id)?.Claims.Any(c => c.Id == lookup.Detail) == true ? TargetAnswer.Found : TargetAnswer.Missing,
        _ => _content.Assets.Contains(lookup.Id, StringComparer.Ordinal) ? TargetAnswer.Found : TargetAnswer.Missing,
    };
}

/// <summary>A link's #anchor on an item's page, checked once every back-link is known.</summary>
internal sealed record AnchorLink(ContentKind Kind, string Id, string Anchor, SourceSpan Span);

internal enum LookupKind { Item, Claim, Asset }

/// <summary>The answer to a lookup: an item that failed to load is neither found nor reported again.</summary>
internal enum TargetAnswer { Found, Broken, Missing }

/// <summary>One question the link stage asked (does this item, this claim of a source, this image exist?) and its answer.</summary>
internal readonly record struct TargetLookup(LookupKind Lookup, ContentKind Kind, string Id, string? Detail, TargetAnswer Answer = TargetAnswer.Found);
