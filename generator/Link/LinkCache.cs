using Trackside.Model;

namespace Trackside.Link;

/// <summary>
/// Link results kept between the builds of a session (<c>serve</c>). An unchanged file keeps its item
/// object, and an item's links depend only on its own text and on whether the items, claims and images
/// it names exist: while every such lookup gets the same answer, its links, citations and anchor links
/// are taken as they were, without walking its Markdown again. When the site has the same items,
/// claims and images as last time, every lookup does, and none is asked again. Items with diagnostics
/// are always checked again, as their hints name the nearest ids of the whole site. The back-link
/// lists, each page's section anchors and the anchor links are kept too, and updated where an edit
/// changes them. While checking only some items, the kept results are updated in place, so a build
/// costs in proportion to the items it checks, not to the site's size.
/// </summary>
public sealed class LinkCache
{
    private Dictionary<(ContentKind, string), (Item Item, ItemLinks Links)> _kept = new();
    private Dictionary<(ContentKind, string), (Item Item, ItemLinks Links)> _keeping = new();
    private ContentSet? _content;
    private bool _sameTargets;
    private Dictionary<(ContentKind, string), (Item Item, IReadOnlyList<Item> LinkedFrom, IReadOnlyList<string> Sections)> _sections = new();

    // Items checked with diagnostics (not kept, so checked again by the next build), and the anchor links of the kept items.
    private HashSet<(ContentKind, string)> _unkept = new();
    private readonly AnchorIndex _anchors = new();

    /// <summary>
    /// The items this build checks, when the others' results stand without a look: every lookup gets the same
    /// answer as last time, so only the changed items and those with diagnostics are checked. Null: look at every item.
    /// </summary>
    internal IReadOnlyList<Item>? ToCheck { get; private set; }

    internal BackLinks? BackLinks { get; private set; }

    /// <summary>
    /// Starts a build of <paramref name="content"/>: notes whether every lookup of the last build still gets its answer.
    /// Returns the items changed since the last build; null for the first.
    /// </summary>
    internal ContentChanges? Begin(ContentSet content)
    {
        var changes = _content is null ? null : ContentChanges.Between(_content, content);
        _sameTargets = changes is not null && SameTargets(changes, content);
        if (!_sameTargets) _sections = new();
        _content = content;
        ToCheck = _sameTargets && BackLinks is not null
            ? changes!.Items.Select(i => i.Now).Concat(_unkept.Select(key => content.Find(key.Item1, key.Item2))).OfType<Item>()
                .DistinctBy(i => (i.Kind, i.Id)).ToList()
            : null;
        // While patching, the results of items not checked stay as they are.
        _keeping = ToCheck is null ? new() : _kept;
        if (ToCheck is null) _anchors.Clear();
        _unkept = new();
        return changes;
    }

    internal ItemLinks? Find(Item item, LinkTargets targets) =>
        _kept.TryGetValue((item.Kind, item.Id), out var kept) && ReferenceEquals(kept.Item, item)
        && (_sameTargets || kept.Links.Lookups.All(targets.StillHolds)) ? kept.Links : null;

    internal void Keep(Item item, ItemLinks links)
    {
        Forget(item);
        _keeping[(item.Kind, item.Id)] = (item, links);
        _anchors.Add(links.Anchors);
    }

    /// <summary>Notes an item checked with diagnostics: its results are not kept, and the next build checks it again.</summary>
    internal void Unkept(Item item)
    {
        Forget(item);
        _keeping.Remove((item.Kind, item.Id));
        _unkept.Add((item.Kind, item.Id));
    }

    // Takes the anchor links of an item's kept results out of the index, before it is kept anew or not at all.
    private void Forget(Item item)
    {
        if (_keeping.TryGetValue((item.Kind, item.Id), out var kept)) _anchors.Remove(kept.Links.Anchors);
    }

    /// <summary>
    /// The anchor links of the kept items that this build did not check (<see cref="ToCheck"/>) but whose answer may
    /// differ: those to items whose object or back-links <paramref name="backLinks"/> changed, and those that failed.
    /// </summary>
    internal IReadOnlyList<AnchorLink> AnchorsToCheckAgain(BackLinks backLinks, IReadOnlyCollection<AnchorLink> checkedNow) =>
        _anchors.ToCheckAgain(backLinks.Changes!.Items.Concat(backLinks.Changes.Targets), checkedNow);

    /// <summary>Ends the build: the results kept in it replace the last build's, and its back-link lists are the ones the next build updates.</summary>
    /// <param name="failedAnchors">The anchor links of this build that did not resolve, checked again by the next.</param>
    internal void End(BackLinks backLinks, IReadOnlyList<AnchorLink> failedAnchors)
    {
        _kept = _keeping;
        BackLinks = backLinks;
        _anchors.Failed(failedAnchors);
    }

    /// <summary>The section anchors of <paramref name="target"/>'s page, made again only when the item or its back-links changed.</summary>
    internal IReadOnlyList<string> Sections(Item target, SiteGraph graph)
    {
        var key = (target.Kind, target.Id);
        var linkedFrom = graph.LinkedFrom(target);
        if (_sections.TryGetValue(key, out var kept) && ReferenceEquals(kept.Item, target) && ReferenceEquals(kept.LinkedFrom, linkedFrom))
            return kept.Sections;
        var sections = SectionAnchors.For(target, graph).ToList();
        _sections[key] = (target, linkedFrom, sections);
        return sections;
    }

    // Whether every item, claim and image that existed (or failed to load) then exists (or failed) now, and nothing else.
    private static bool SameTargets(ContentChanges changes, ContentSet now) =>
        changes.SameIds
        && changes.Items.All(i => i.Now is not Source source || ((Source)i.Then!).Claims.Select(c => c.Id).SequenceEqual(source.Claims.Select(c => c.Id)))
        && changes.Then.BrokenItems.SetEquals(now.BrokenItems)
        && changes.Then.Assets.SequenceEqual(now.Assets, StringComparer.Ordinal);
}

/// <summary>What checking one item's links found: the items it links to, the claims it cites, its anchor links, and the lookups it made.</summary>
internal sealed record ItemLinks(
    IReadOnlyList<(ContentKind Kind, string Id)> Edges,
    IReadOnlyList<string> Citations,
    IReadOnlyList<AnchorLink> Anchors,
    IReadOnlyList<TargetLookup> Lookups);
