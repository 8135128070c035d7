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

    /// <summary>The link to the item's own list of everything that names it, or null when its page shows all of it.</summary>
    public static LinkModel? AllLink(Item item, SiteGraph graph, LinkBuilder links)
    {
        if (!HasLongList(item, graph)) return null;
        var total = Lists(item, graph).SelectMany(list => list.Items).Select(i => (i.Kind, i.Id)).Distinct().Count();
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
    internal static IndexPages.PagedList? Of(Item item, CurrentGraph site, IndexPages.PagedList? before) =>
        HasLongList(item, site.Graph) ? IndexPages.List(site, Path(item), Title(item), "", Groups(item, site.Graph), before) : null;

    public static string Path(Item item) => ListPaging.Beside(SitePaths.Item(item), "all");

    private static string Title(Item item) => item.Kind switch
    {
        ContentKind.Region => $"Everything about the {item.Title.ToLowerInvariant()}",
        ContentKind.Source => $"Pages that cite {item.Title}",
        _ => $"Pages that link to {item.Title}",
    };

    // Whether any of the item's back-link lists is cut on its page: the lists of Groups, as counts only, since every
    // build asks it of every item. Keep the two in step.
    private static bool HasLongList(Item item, SiteGraph graph) => item switch
    {
        Region region => graph.Touching(region).CountBy(i => i.Kind).Any(g => g.Value > Preview),
        Source source => graph.LinkedFrom(source).Count > Preview || source.Claims.Any(c => graph.CitedBy(source.Id, c.Id).Count > Preview),
        _ => graph.LinkedFrom(item).Count > Preview,
    };

    // The back-link lists of the item's page, in the order the page shows them.
    private static IReadOnlyList<ListGroup> Groups(Item item, SiteGraph graph) =>
        Lists(item, graph).Select(list => list.Heading with { Entries = IndexPages.Entries(list.Items) }).ToList();

    // Those lists as their items, each with its group's heading (a group without entries yet): the item page counts them.
    private static IEnumerable<(ListGroup Heading, IEnumerable<Item> Items)> Lists(Item item, SiteGraph graph) => item switch
    {
        Region region => graph.Touching(region).GroupBy(i => i.Kind)
            .Select(g => (new ListGroup(Labels.Capitalise(g.Key.Folder()), g.Key.Folder(), []), g.AsEnumerable())),
        Source source => source.Claims
            .Select(c => (new ListGroup(c.Text, c.Id, [], SitePaths.Item(source) + "#" + c.Id), graph.CitedBy(source.Id, c.Id).AsEnumerable()))
            .Append((new ListGroup("Mentioned in", "linked-from", []), graph.LinkedFrom(source))),
        _ => [(new ListGroup("", "linked-from", []), graph.LinkedFrom(item))],
    };
}
