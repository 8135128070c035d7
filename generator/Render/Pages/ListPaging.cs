using Trackside.Model;

namespace Trackside.Render.Pages;

/// <summary>
/// One entry of an index list, before escaping: the page it links to (from the site root), its text,
/// and the item it stands for (null for a tag or category entry).
/// </summary>
public sealed record ListEntry(string SitePath, string Title, string Summary, string Kind, Item? Item = null)
{
    /// <summary>The entry of an item, made once per item object: a session plans lists of thousands of unchanged items again.</summary>
    public static ListEntry Of(Item item) =>
        Made.GetValue(item, item => new ListEntry(SitePaths.Item(item), item.Title, item.Summary ?? "", item.Kind.Noun(), item));

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Item, ListEntry> Made = new();

    public LinkModel Link(LinkBuilder links) => new(links.Href(SitePath), Html.Escape(Title), Html.Escape(Summary), Kind);
}

/// <summary>
/// A titled group of an index list; <paramref name="TargetPath"/> is the group's own page, if it has one, and
/// <paramref name="More"/> the text of the home page's link to it (a heading such as "Why it works" makes no "All ..." of its own).
/// </summary>
public sealed record ListGroup(string Title, string Anchor, IReadOnlyList<ListEntry> Entries, string TargetPath = "", string More = "");

/// <summary>
/// Splits a long index list into pages of <see cref="PageSize"/> entries, so a library of thousands
/// of exercises still gives a phone small pages. Page 1 keeps the list's address; page k lives beside
/// it as <c>name.k.html</c> (ids never hold a dot, so no item page can clash, and every page stays
/// at the same depth). A group that runs over a page break continues under its heading on the next.
/// </summary>
public static class ListPaging
{
    public const int PageSize = 100;

    /// <summary>One page of a list: where it goes, its number, and the slice of each group it shows.</summary>
    public sealed record ListSlice(string Path, int Number, int Count, IReadOnlyList<ListGroup> Groups);

    /// <summary>
    /// The number of pages of the list, and the slices of its pages; given the groups the list had <paramref name="before"/>,
    /// only the slices of pages that show something else now (all of them when the page count or a group's heading changed).
    /// </summary>
    public static (int Count, IReadOnlyList<ListSlice> Slices) Split(string path, IReadOnlyList<ListGroup> groups, IReadOnlyList<ListGroup>? before = null)
    {
        var entries = groups.Sum(g => g.Entries.Count);
        var count = PageCount(entries);
        var (from, to) = before is null ? (0, int.MaxValue) : Differing(groups, entries, before);
        var slices = Enumerable.Range(1, count)
            .Where(number => (number - 1) * PageSize < to && number * PageSize > from)
            .Select(number => new ListSlice(PagePath(path, number), number, count, Slice(groups, (number - 1) * PageSize)))
            .ToList();
        return (count, slices);
    }

    private static int PageCount(int entries) => Math.Max(1, (entries + PageSize - 1) / PageSize);

    // The groups of the page of entries from start on (a page's worth at most), each with the part of its entries on the page.
    private static IReadOnlyList<ListGroup> Slice(IReadOnlyList<ListGroup> groups, int start)
    {
        var slice = new List<ListGroup>();
        var (skip, left) = (start, PageSize);
        foreach (var group in groups)
        {
            if (left == 0) break;
            if (skip >= group.Entries.Count)
            {
                skip -= group.Entries.Count;
                continue;
            }
            var taken = Math.Min(left, group.Entries.Count - skip);
            slice.Add(group with { Entries = group.Entries.Skip(skip).Take(taken).ToList() });
            (skip, left) = (0, left - taken);
        }
        return slice;
    }

    // The entries [From, To) outside of which both lists show the very same entries under the same groups at the same places;
    // every entry when the page count or a heading differs, since every page shows them. Walked in place by index rather than
    // copied: a source's list page of ten thousand entries is planned again after every edit of an item citing it.
    private static (int From, int To) Differing(IReadOnlyList<ListGroup> groups, int entries, IReadOnlyList<ListGroup> before)
    {
        var was = before.Sum(g => g.Entries.Count);
        var headings = groups.Count == before.Count && groups.Zip(before).All(g => (g.First.Title, g.First.Anchor, g.First.TargetPath) == (g.Second.Title, g.Second.Anchor, g.Second.TargetPath));
        if (!headings || PageCount(entries) != PageCount(was)) return (0, int.MaxValue);
        var from = SameRun(groups, before, fromEnd: false, int.MaxValue);
        if (entries != was) return (from, int.MaxValue); // the entries after the first difference moved
        return (from, entries - SameRun(groups, before, fromEnd: true, entries - from));
    }

    // How many entries in a row from the start (or the end) two lists of the same groups show alike, at most limit: the very
    // same entry objects, each in the same group. A group of another length ends the run where the shorter one ends.
    private static int SameRun(IReadOnlyList<ListGroup> a, IReadOnlyList<ListGroup> b, bool fromEnd, int limit)
    {
        var same = 0;
        for (var step = 0; step < a.Count; step++)
        {
            var group = fromEnd ? a.Count - 1 - step : step;
            var (x, y) = (a[group].Entries, b[group].Entries);
            var i = 0;
            while (i < x.Count && i < y.Count && same + i < limit && ReferenceEquals(x[fromEnd ? x.Count - 1 - i : i], y[fromEnd ? y.Count - 1 - i : i])) i++;
            same += i;
            if (same == limit || i < x.Count || i < y.Count) return same;
        }
        return same;
    }

    /// <summary>The address of page <paramref name="number"/> of the list at <paramref name="path"/>.</summary>
    public static string PagePath(string path, int number) => number == 1 ? path : Beside(path, number.ToString());

    /// <summary>A page named after <paramref name="path"/> with a dotted suffix (<c>name.suffix.html</c>): no id holds a dot.</summary>
    public static string Beside(string path, string suffix) => $"{path[..^".html".Length]}.{suffix}.html";

    /// <summary>
    /// Links to the other pages: previous, next, the first and last, and the two either side of this
    /// one (a gap in the numbers is shown once); null for a one-page list.
    /// </summary>
    public static PagerModel? Pager(string path, ListSlice slice, LinkBuilder links)
    {
        if (slice.Count == 1) return null;
        string Href(int number) => links.Href(PagePath(path, number));
        var shown = Enumerable.Range(1, slice.Count)
            .Where(n => n == 1 || n == slice.Count || Math.Abs(n - slice.Number) <= 2)
            .Select(n => new PagerLinkModel(n, Href(n), n == slice.Number))
            .ToList();
        return new PagerModel(slice.Number, slice.Count,
            slice.Number > 1 ? Href(slice.Number - 1) : "",
            slice.Number < slice.Count ? Href(slice.Number + 1) : "",
            shown);
    }
}
