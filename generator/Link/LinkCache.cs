using System.Runtime.CompilerServices;
using Trackside.Model;

namespace Trackside.Link;

/// <summary>
/// Link results of items kept between the builds of a session (<c>serve</c>). An unchanged file keeps
/// its item object, and an item's links depend only on its own text and on whether the items, claims
/// and images it names exist: while every such lookup gets the same answer, its links, citations and
/// anchor links are taken as they were, without walking its Markdown again. Items with diagnostics
/// are always checked again, as their hints name the nearest ids of the whole site.
/// </summary>
public sealed class LinkCache
{
    private readonly ConditionalWeakTable<Item, ItemLinks> _items = new();

    internal ItemLinks? Find(Item item, LinkTargets targets) =>
        _items.TryGetValue(item, out var kept) && kept.Lookups.All(targets.StillHolds) ? kept : null;

    internal void Keep(Item item, ItemLinks links) => _items.AddOrUpdate(item, links);
}

/// <summary>What checking one item's links found: the items it links to, the claims it cites, its anchor links, and the lookups it made.</summary>
internal sealed record ItemLinks(
    IReadOnlyList<(ContentKind Kind, string Id)> Edges,
    IReadOnlyList<string> Citations,
    IReadOnlyList<AnchorLink> Anchors,
    IReadOnlyList<TargetLookup> Lookups);
