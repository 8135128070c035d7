using Trackside.Link;
using Trackside.Model;

namespace Trackside.Render.Pages;

/// <summary>
/// What a page shows, to fingerprint: text of its own, the items whose whole file it shows (an item
/// page shows its own file and every item it names, since a stage card shows an exercise's dose and
/// stop signs), and the items it lists by title and summary (the back-links it shows, or an index page's entries).
/// Items are kept as objects: an unchanged file keeps its item object between the builds of a session,
/// so <see cref="SameAs"/> tells an unchanged page without hashing anything.
/// </summary>
public sealed record PageInputs(string Own, IReadOnlyList<Item> Shown, IReadOnlyList<Item> Listed)
{
    /// <summary>
    /// An item's page: its own file and those of the items it names; of each back-link list its length and the entries it
    /// shows (the first <see cref="ListingPages.Preview"/>); a region's neighbours; and the count its link to its list page gives.
    /// A new title that moves an entry of a list of thousands, but not into or out of the entries shown, leaves it as it was.
    /// </summary>
    public static PageInputs ForItem(Item item, SiteGraph graph)
    {
        var lists = ListingPages.Lists(item, graph);
        IReadOnlyList<Item> neighbours = item is Region region ? graph.Neighbours(region) : [];
        var own = string.Join('|', lists.Select(list => $"{list.Heading.Anchor}:{list.Items.Count}")
            .Append($"neighbours:{neighbours.Count}").Append($"all:{ListingPages.Total(item, lists)}"));
        return new(own, Named(item, graph).Prepend(item).ToList(), lists.SelectMany(list => ListingPages.Shown(list.Items)).Concat(neighbours).ToList());
    }

    /// <summary>The items whose whole file an item's page shows, besides its own: those it names.</summary>
    public static IEnumerable<Item> Named(Item item, SiteGraph graph) =>
        item.References.Select(r => graph.Content.Find(r.Kind, r.Id)).OfType<Item>()
            .Concat(item.Cites.Select(c => graph.Content.Find(ContentKind.Source, c.SourceId)).OfType<Item>());

    /// <summary>The back-link lists an item's page and its list page are made from: the items linking to it, then for a source those citing each claim.</summary>
    public static IReadOnlyList<IReadOnlyList<Item>> BackLinkLists(Item item, SiteGraph graph) =>
        item is Source source ? source.Claims.Select(c => graph.CitedBy(source.Id, c.Id)).Prepend(graph.LinkedFrom(item)).ToList() : [graph.LinkedFrom(item)];

    /// <summary>
    /// An index page: its heading and exactly the groups and entries it shows. Entries for items are
    /// kept as the items; the others (tags, categories with their counts) as their text.
    /// </summary>
    public static PageInputs ForList(string heading, IEnumerable<ListGroup> groups)
    {
        var own = new List<string> { heading };
        var listed = new List<Item>();
        foreach (var group in groups)
        {
            own.Add($"group|{group.Title}|{group.Anchor}|{group.TargetPath}|{group.Entries.Count}");
            foreach (var entry in group.Entries)
                if (entry.Item is { } item) listed.Add(item);
                else own.Add($"{entry.SitePath}|{entry.Title}|{entry.Summary}|{entry.Kind}");
        }
        return new PageInputs(string.Join('\n', own), [], listed);
    }

    /// <summary>The text the fingerprint hashes.</summary>
    public IEnumerable<string> Parts() => Shown.Select(i => i.Fingerprint).Prepend(Own).Concat(Listed.Select(ListedText));

    /// <summary>True when both show the same text and the very same item objects, in the same order.</summary>
    public bool SameAs(PageInputs other) => Own == other.Own && SameItems(Shown, other.Shown) && SameItems(Listed, other.Listed);

    /// <summary>True when both show the same: the same text, the very same items shown whole, and listed items that list the same.</summary>
    public bool ShowsSame(PageInputs other) => Own == other.Own && SameItems(Shown, other.Shown) && ListSame(Listed, other.Listed);

    /// <summary>True when both lists show the same entries: item by item, the same object or one with the same listed text.</summary>
    public static bool ListSame(IReadOnlyList<Item> a, IReadOnlyList<Item> b)
    {
        if (a.Count != b.Count) return false;
        for (var i = 0; i < a.Count; i++)
            if (!ReferenceEquals(a[i], b[i]) && ListedText(a[i]) != ListedText(b[i])) return false;
        return true;
    }

    private static bool SameItems(IReadOnlyList<Item> a, IReadOnlyList<Item> b)
    {
        if (a.Count != b.Count) return false;
        for (var i = 0; i < a.Count; i++)
            if (!ReferenceEquals(a[i], b[i])) return false;
        return true;
    }

    // What a list entry or back-link shows of an item, and what puts it in a category, level or tag list. Made once
    // per item object: a page listing thousands of items is fingerprinted again whenever one of them changes.
    internal static string ListedText(Item item) => ListedTexts.GetValue(item, item =>
        $"{item.Kind}|{item.Id}|{item.Title}|{item.Summary}|{string.Join(',', item.Tags)}|{(item as Exercise)?.Category}|{(item as Exercise)?.Level}");

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Item, string> ListedTexts = new();
}
