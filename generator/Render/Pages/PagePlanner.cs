using Trackside.Link;
using Trackside.Model;

namespace Trackside.Render.Pages;

/// <summary>
/// Plans every page of a site: item pages, home and index lists, the "all" lists of items, and the
/// not-found page. A session (<c>serve</c>) keeps one planner, which keeps the plans of its last build:
/// a page whose inputs are the same objects as then keeps its plan object, so a one-file edit plans only
/// the pages of items whose file, named items or back-link lists changed, and the index lists that an
/// edited item's entry leaves, enters or changes in.
/// </summary>
public sealed class PagePlanner
{
    private CurrentGraph? _site;
    private ContentSet? _content;
    private Dictionary<(ContentKind, string), ItemPlans> _items = new();
    private Dictionary<string, IReadOnlyList<PagePlan>> _lists = new(StringComparer.Ordinal);

    // An item's page and its "all" list pages, with the back-link lists they were planned from.
    private sealed record ItemPlans(Item Item, IReadOnlyList<IReadOnlyList<Item>> BackLinks, PagePlan Page, IReadOnlyList<PagePlan> All);

    public IReadOnlyList<PagePlan> Plan(SiteGraph graph)
    {
        var site = _site ??= new CurrentGraph(graph);
        site.Graph = graph;
        var content = graph.Content;

        var items = new Dictionary<(ContentKind, string), ItemPlans>(_items.Count);
        foreach (var item in content.AllItems)
        {
            var key = (item.Kind, item.Id);
            items[key] = _items.TryGetValue(key, out var kept) && Unchanged(kept, item, graph)
                ? kept
                : new ItemPlans(item, PageInputs.BackLinkLists(item, graph), ItemPages.For(item, site), ListingPages.Of(item, site));
        }

        var changedLists = ChangedLists(_content, content);
        var lists = changedLists is { Count: 0 } ? _lists : PlanLists(site, changedLists);

        (_items, _lists, _content) = (items, lists, content);
        return items.Values.Select(i => i.Page)
            .Append(IndexPages.Home(site))
            .Concat(lists.Values.SelectMany(pages => pages))
            .Concat(items.Values.SelectMany(i => i.All))
            .Append(NotFoundPage.Plan(graph))
            .ToList();
    }

    // Plans the index lists named in changed (all of them when null); the others keep their plans.
    private Dictionary<string, IReadOnlyList<PagePlan>> PlanLists(CurrentGraph site, HashSet<string>? changed)
    {
        var lists = new Dictionary<string, IReadOnlyList<PagePlan>>(StringComparer.Ordinal);
        foreach (var list in IndexPages.Lists(site.Graph.Content))
            lists[list.Path] = changed is not null && !changed.Contains(list.Path) && _lists.TryGetValue(list.Path, out var kept)
                ? kept
                : IndexPages.List(site, list).ToList();
        return lists;
    }

    // The same item object, naming the same item objects, with the same back-link lists.
    private static bool Unchanged(ItemPlans kept, Item item, SiteGraph graph) =>
        ReferenceEquals(kept.Item, item)
        && PageInputs.BackLinkLists(item, graph).SequenceEqual(kept.BackLinks, ReferenceEqualityComparer.Instance)
        && PageInputs.Named(item, graph).SequenceEqual(kept.Page.Inputs.Shown.Skip(1), ReferenceEqualityComparer.Instance);

    /// <summary>
    /// The index lists to plan again: those that showed or show an item added, removed, or whose entry
    /// text or list memberships changed; null when there is no earlier build, to plan every list.
    /// </summary>
    private static HashSet<string>? ChangedLists(ContentSet? then, ContentSet now)
    {
        if (then is null) return null;
        var changed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in now.AllItems)
        {
            var old = then.Find(item.Kind, item.Id);
            if (ReferenceEquals(old, item)) continue;
            if (old is null || PageInputs.ListedText(old) != PageInputs.ListedText(item))
                changed.UnionWith(IndexPages.ListsOf(item).Concat(old is null ? [] : IndexPages.ListsOf(old)));
        }
        foreach (var old in then.AllItems)
            if (now.Find(old.Kind, old.Id) is null) changed.UnionWith(IndexPages.ListsOf(old));
        return changed;
    }
}
