using Trackside.Link;
using Trackside.Model;

namespace Trackside.Render.Pages;

/// <summary>
/// The pages that list an item: on a big library a region or a source is named by thousands of
/// pages, too many for one phone page. An item page shows the first <see cref="Preview"/> of each of
/// its back-link lists; when any list is longer, the whole of them goes on a list page of its own,
/// <c>name.all.html</c> (ids never hold a dot), paged like every index, and the item page links to it.
/// </summary>
public static class ListingPages
{
    public const int Preview = 24;

    /// <summary>The first entries of a back-link list, as the item page shows them.</summary>
    public static IEnumerable<T> Shown<T>(IEnumerable<T> listing) => listing.Take(Preview);

    /// <summary>One back-link list of an item's page: its group's heading (without entries) and its items.</summary>
    internal sealed record BackLinkList(ListGroup Heading, IReadOnlyList<Item> Items);

    /// <summary>The back-link lists of the item's page, in the order the page shows them.</summary>
    internal static IReadOnlyList<BackLinkList> Lists(Item item, SiteGraph graph) => item switch
    {
        Region region => graph.Touching(region)
            .Select(run => new BackLinkList(new ListGroup(Labels.Capitalise(run[0].Kind.Folder()), run[0].Kind.Folder(), []), run)).ToList(),
        Source source => source.Claims
            .Select(c => new BackLinkList(new ListGroup(c.Text, c.Id, [], SitePaths.Item(source) + "#" + c.Id), graph.CitedBy(source.Id, c.Id)))
            .Append(new BackLinkList(new ListGroup("Mentioned in", "linked-from", []), graph.LinkedFrom(source))).ToList(),
        _ => [new BackLinkList(new ListGroup("", "linked-from", []), graph.LinkedFrom(item))],
    };

    /// <summary>
    /// How many items an item's page names in its back-link <paramref name="lists"/>, when it cuts one of them and links to the
    /// item's list page; null when it shows them all. A region's lists hold one kind each, so no item is on two of them. A
    /// source's item on several lists is the same object on each (the graph's): they are told apart by reference, unless the
    /// lists hold the same items as when the source's items were last counted.
    /// </summary>
    internal static int? Total(Item item, IReadOnlyList<BackLinkList> lists)
    {
        if (!Cut(lists)) return null;
        var entries = lists.Sum(list => list.Items.Count);
        if (lists.Count == 1 || item is Region) return entries;
        var now = lists.Select(list => list.Items).ToList();
        if (Counts.TryGetValue(item, out var counted) && SameItems(counted.Lists, now))
        {
            Counts.AddOrUpdate(item, counted with { Lists = now });
            return counted.Total;
        }
        var distinct = new HashSet<Item>(entries, ReferenceEqualityComparer.Instance);
        foreach (var list in lists)
            foreach (var listed in list.Items) distinct.Add(listed);
        Counts.AddOrUpdate(item, new Counted(now, distinct.Count));
        return distinct.Count;
    }

    // The lists an item's items were last counted in, and the count, kept with the item object: a source cited thousands of
    // times is counted again after each edit of an item citing it, which replaces one object by another in the same lists.
    private sealed record Counted(IReadOnlyList<IReadOnlyList<Item>> Lists, int Total);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Item, Counted> Counts = new();

    // Whether each list holds the same items as it did, maybe as other objects (an edited item's) at other places: walked
    // side by side, the few items of each that the other lacks are the same items by kind and id. As each item is one
    // object on every list of a graph, the same items on each list are as many distinct items in all.
    private static bool SameItems(IReadOnlyList<IReadOnlyList<Item>> before, IReadOnlyList<IReadOnlyList<Item>> now)
    {
        const int FewDiffer = 8;
        if (before.Count != now.Count) return false;
        for (var l = 0; l < now.Count; l++)
        {
            var (was, list) = (before[l], now[l]);
            if (ReferenceEquals(was, list)) continue;
            if (was.Count != list.Count) return false;
            var (gone, came) = (new List<(ContentKind, string)>(), new List<(ContentKind, string)>());
            var j = 0;
            for (var i = 0; i < list.Count && gone.Count + came.Count <= FewDiffer; i++)
            {
                if (j + 1 < was.Count && !ReferenceEquals(list[i], was[j]) && ReferenceEquals(list[i], was[j + 1])) gone.Add((was[j].Kind, was[j++].Id));
                if (j < was.Count && ReferenceEquals(list[i], was[j])) j++;
                else came.Add((list[i].Kind, list[i].Id));
            }
            if (gone.Count + came.Count > FewDiffer) return false;
            for (; j < was.Count; j++) gone.Add((was[j].Kind, was[j].Id));
            if (came.Any(key => !gone.Remove(key)) || gone.Count > 0) return false;
        }
        return true;
    }

    private static bool Cut(IReadOnlyList<BackLinkList> lists) => lists.Any(list => list.Items.Count > Preview);

    /// <summary>The link to the item's own list of everything that names it, or null when its page shows all of it.</summary>
    public static LinkModel? AllLink(Item item, SiteGraph graph, LinkBuilder links)
    {
        if (Total(item, Lists(item, graph)) is not { } total) return null;
        var what = item.Kind switch
        {
            ContentKind.Region => $"about the {item.Title.ToLowerInvariant()}",
            ContentKind.Source => $"that cite {item.Title}",
            _ => $"that link to {item.Title}",
        };
        return new LinkModel(links.Href(Path(item)), Html.Escape($"All {Labels.Count(total, "page")} {what}"));
    }

    /// <summary>
    /// The pages of the item's list of everything that names it, those that show the same as <paramref name="before"/> kept;
    /// null when its page shows all of it.
    /// </summary>
    internal static IndexPages.PagedList? Of(Item item, CurrentGraph site, IndexPages.PagedList? before)
    {
        var lists = Lists(item, site.Graph);
        if (!Cut(lists)) return null;
        var groups = lists.Select((list, g) => list.Heading with
        {
            Entries = before?.Items is { } items && g < items.Count ? Entries(list.Items, items[g], before.Groups[g].Entries) : IndexPages.Entries(list.Items),
        }).ToList();
        return IndexPages.List(site, Path(item), Title(item), "", groups, before) with { Items = lists.Select(list => list.Items).ToList() };
    }

    // The entries of a back-link list, each taken from the entries of the items of the list it was before where it holds the
    // same item object there (the lists stay in order: an edit moves, adds or removes a few items), else made (and shared
    // with every list of that item object). Walking the two lists side by side looks at neither items nor entries: a
    // title edit changes the lists of a source cited thousands of times, and the table of entries is slower to ask.
    private static IReadOnlyList<ListEntry> Entries(IReadOnlyList<Item> items, IReadOnlyList<Item> before, IReadOnlyList<ListEntry> entriesBefore)
    {
        var entries = new ListEntry[items.Count];
        var j = 0;
        for (var i = 0; i < items.Count; i++)
        {
            // An item before that is not next now was moved or removed: step over it.
            if (j + 1 < before.Count && !ReferenceEquals(items[i], before[j]) && ReferenceEquals(items[i], before[j + 1])) j++;
            entries[i] = j < before.Count && ReferenceEquals(items[i], before[j]) ? entriesBefore[j++] : ListEntry.Of(items[i]);
        }
        return entries;
    }

    public static string Path(Item item) => ListPaging.Beside(SitePaths.Item(item), "all");

    private static string Title(Item item) => item.Kind switch
    {
        ContentKind.Region => $"Everything about the {item.Title.ToLowerInvariant()}",
        ContentKind.Source => $"Pages that cite {item.Title}",
        _ => $"Pages that link to {item.Title}",
    };
}
