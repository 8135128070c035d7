using Trackside.Link;
using Trackside.Model;
using Trackside.Schema;

namespace Trackside.Render.Pages;

/// <summary>Home and the index pages: per kind, category, level, tag, and all exercises. Long lists run over several pages.</summary>
public static class IndexPages
{
    /// <summary>How many entries of each group the home page shows before its "All ..." link.</summary>
    public const int HomePreview = 12;

    /// <summary>
    /// A list's heading (title and summary), groups and page plans, as planned last; for an item's list page, the back-link
    /// lists its groups were made from (<see cref="ListingPages.Of"/>).
    /// </summary>
    internal sealed record PagedList(string Heading, IReadOnlyList<ListGroup> Groups, IReadOnlyList<PagePlan> Pages, IReadOnlyList<IReadOnlyList<Item>>? Items = null);

    /// <summary>
    /// One index list of the site: its address, heading and summary, and its groups, made only when asked. A list that holds
    /// exercises also tells which of its groups an exercise goes in (null: not on the list), so that its groups can be patched;
    /// one that holds items of other kinds too (a tag's) can be patched only while no item of another kind changed.
    /// </summary>
    internal sealed record IndexList(string Path, string Title, string Summary, Func<IReadOnlyList<ListGroup>> Groups,
        Func<Exercise, int?>? Place = null, bool OtherKindsToo = false);

    /// <summary>The pages of one index list showing <paramref name="groups"/>, those that show the same as <paramref name="before"/> kept.</summary>
    internal static PagedList List(CurrentGraph site, IndexList list, IReadOnlyList<ListGroup> groups, PagedList? before) =>
        List(site, list.Path, list.Title, list.Summary, groups, before);

    /// <summary>
    /// Every index list but the home page, in a fixed order: per kind, category, level, tag, then the tags.
    /// <paramref name="byTitle"/> gives the content's exercises sorted by title, when a list needs them; <paramref name="tags"/> are the content's.
    /// </summary>
    internal static IEnumerable<IndexList> Lists(ContentSet content, Func<IReadOnlyList<Exercise>> byTitle, IReadOnlyList<TagGroup> tags)
    {
        var exercises = new Lazy<IReadOnlyList<Exercise>>(byTitle);

        foreach (var kind in ContentKinds.Items.Where(k => k != ContentKind.Exercise))
            yield return new IndexList(SitePaths.KindIndex(kind), SiteSections.Titles[kind.Folder()], "",
                () => [new ListGroup("", "all", Entries(Sorted(content.AllItems.Where(i => i.Kind == kind))))]);
        yield return new IndexList(SitePaths.KindIndex(ContentKind.Exercise), "All exercises", "Every exercise, screen and drill, by category.",
            () => ByCategory(exercises.Value), e => GroupOf(ContentSchemas.Categories, e.Category));
        foreach (var category in ContentSchemas.Categories)
            yield return new IndexList(SitePaths.Category(category), Labels.Category(category), "",
                () => ByLevel(exercises.Value.Where(e => e.Category == category)), e => e.Category == category ? GroupOf(ContentSchemas.Levels, e.Level) : null);
        foreach (var level in ContentSchemas.Levels)
            yield return new IndexList(SitePaths.Level(level), $"{Labels.Capitalise(level)} exercises", "",
                () => ByCategory(exercises.Value.Where(e => e.Level == level)), e => e.Level == level ? GroupOf(ContentSchemas.Categories, e.Category) : null);

        foreach (var tag in tags)
        {
            var slug = SitePaths.TagSlug(tag.Tag);
            yield return new IndexList(SitePaths.Tag(tag.Tag), $"Tagged “{tag.Tag}”", "",
                () => ByKind(tag.Items.Select(key => content.Find(key.Kind, key.Id)!).ToList()),
                e => e.Tags.Any(t => SitePaths.TagSlug(t) == slug) ? ExerciseGroup : null, OtherKindsToo: true);
        }
        yield return new IndexList(SitePaths.TagIndex, "Tags", "",
            () => [new ListGroup("", "all", tags.Select(t => new ListEntry(SitePaths.Tag(t.Tag), t.Tag, Labels.Count(t.Items.Count, "item"), "")).ToList())]);
    }

    /// <summary>The addresses of the index lists that show or count <paramref name="item"/> (the home page is not one of them).</summary>
    internal static IEnumerable<string> ListsOf(Item item)
    {
        yield return SitePaths.KindIndex(item.Kind);
        if (item is Exercise exercise)
        {
            yield return SitePaths.Category(exercise.Category);
            yield return SitePaths.Level(exercise.Level);
        }
        foreach (var tag in item.Tags) yield return SitePaths.Tag(tag);
        if (item.Tags.Count > 0) yield return SitePaths.TagIndex;
    }

    internal static PagePlan Home(CurrentGraph site)
    {
        var content = site.Graph.Content;
        ListGroup Preview(string title, string anchor, IEnumerable<Item> items, ContentKind kind, string more) =>
            new(title, anchor, Entries(Sorted(items).Take(HomePreview)), SitePaths.KindIndex(kind), more);
        IReadOnlyList<ListGroup> groups =
        [
            Preview("Progressions", "progressions", content.Progressions.Values, ContentKind.Progression, "All progressions"),
            Preview("Why it works", "explanations", content.Explanations.Values, ContentKind.Explanation, "All explanations"),
            new("Exercises by category", "categories",
                ContentSchemas.Categories.Select(c => new ListEntry(SitePaths.Category(c), Labels.Category(c),
                    Labels.Count(content.Exercises.Values.Count(e => e.Category == c), "exercise"), "")).ToList(),
                SitePaths.KindIndex(ContentKind.Exercise), "All exercises by category"),
            Preview("Body regions", "regions", content.Regions.Values, ContentKind.Region, "All body regions"),
            Preview("Sources", "sources", content.Sources.Values, ContentKind.Source, "All sources"),
        ];
        object Model()
        {
            var links = new LinkBuilder(site.Graph, SitePaths.Home);
            return new ListPage(Html.Escape(content.Site.Title), Html.Escape(content.Site.Description ?? ""), Groups(groups, links));
        }
        return new PagePlan(SitePaths.Home, "home", Model, content.Site.Title, content.Site.Description ?? "", null,
            PageInputs.ForList($"{content.Site.Title}|{content.Site.Description}", groups));
    }

    /// <summary>
    /// The pages of a list. Of a list planned <paramref name="before"/> with the same heading, the pages whose entries and
    /// pager are the same keep their plans unmade, and a page planned again that shows the same keeps its earlier plan object:
    /// an edit that moves one entry changes only the pages between its old and new place, and those alone are fresh.
    /// </summary>
    internal static PagedList List(CurrentGraph site, string path, string title, string summary, IReadOnlyList<ListGroup> groups, PagedList? before)
    {
        var heading = $"{title}|{summary}";
        var earlier = before?.Heading == heading ? before : null;
        var (count, slices) = ListPaging.Split(path, groups, earlier?.Groups);
        var pages = earlier?.Pages.Count == count ? earlier.Pages.ToArray() : new PagePlan[count];
        foreach (var slice in slices)
        {
            var plan = Page(site, path, title, summary, slice);
            var was = earlier?.Pages.ElementAtOrDefault(slice.Number - 1);
            pages[slice.Number - 1] = was is not null && was.Path == plan.Path && was.Inputs.SameAs(plan.Inputs) ? was : plan;
        }
        return new PagedList(heading, groups, pages);
    }

    private static PagePlan Page(CurrentGraph site, string path, string title, string summary, ListPaging.ListSlice slice)
    {
        var pageTitle = slice.Count == 1 ? title : $"{title}, page {slice.Number} of {slice.Count}";
        object Model()
        {
            var links = new LinkBuilder(site.Graph, slice.Path);
            return new ListPage(Html.Escape(pageTitle), Html.Escape(summary), Groups(slice.Groups, links), ListPaging.Pager(path, slice, links));
        }
        return new PagePlan(slice.Path, "list", Model, pageTitle, summary, null,
            PageInputs.ForList($"{pageTitle}|{summary}|{slice.Number}/{slice.Count}", slice.Groups));
    }

    private static IReadOnlyList<GroupModel> Groups(IReadOnlyList<ListGroup> groups, LinkBuilder links) =>
        groups.Where(g => g.Entries.Count > 0)
            .Select(g => new GroupModel(Html.Escape(g.Title), g.Anchor, g.Entries.Select(e => e.Link(links)).ToList(),
                g.TargetPath.Length > 0 ? links.Href(g.TargetPath) : "", Html.Escape(g.More)))
            .ToList();

    internal static IReadOnlyList<ListEntry> Entries(IEnumerable<Item> items) => items.Select(ListEntry.Of).ToList();

    // The group of ByCategory or ByLevel that shows an exercise of this category or level.
    private static int? GroupOf(IReadOnlyList<string> groups, string name)
    {
        for (var index = 0; index < groups.Count; index++)
            if (groups[index] == name) return index;
        return null;
    }

    private static IReadOnlyList<ListGroup> ByCategory(IEnumerable<Exercise> exercises) =>
        ContentSchemas.Categories
            .Select(c => new ListGroup(Labels.Category(c), c, Entries(exercises.Where(e => e.Category == c)), SitePaths.Category(c)))
            .ToList();

    private static IReadOnlyList<ListGroup> ByLevel(IEnumerable<Exercise> exercises) =>
        ContentSchemas.Levels
            .Select(l => new ListGroup(Labels.Capitalise(l), l, Entries(exercises.Where(e => e.Level == l)), SitePaths.Level(l)))
            .ToList();

    // The group of ByKind that shows exercises: its exercises are in the order of every list of exercises.
    private static readonly int ExerciseGroup = ContentKind.Exercise.Place();

    private static IReadOnlyList<ListGroup> ByKind(IEnumerable<Item> items) =>
        ContentKinds.Items
            .Select(k => new ListGroup(Labels.Capitalise(k.Folder()), k.Folder(), Entries(Sorted(items.Where(i => i.Kind == k)))))
            .ToList();

    private static IEnumerable<Item> Sorted(IEnumerable<Item> items) => items.OrderBy(i => i.Title, StringComparer.OrdinalIgnoreCase);
}
