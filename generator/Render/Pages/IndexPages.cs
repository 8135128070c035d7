using Trackside.Link;
using Trackside.Model;
using Trackside.Schema;

namespace Trackside.Render.Pages;

/// <summary>Home and the index pages: per kind, category, level, tag, and all exercises.</summary>
public static class IndexPages
{
    public static IEnumerable<PagePlan> For(SiteGraph graph)
    {
        var content = graph.Content;
        var exercises = content.Exercises.Values.OrderBy(e => e.Title, StringComparer.OrdinalIgnoreCase).ToList();

        yield return Home(graph);
        foreach (var kind in ContentKinds.Items.Where(k => k != ContentKind.Exercise))
        {
            var items = content.AllItems.Where(i => i.Kind == kind).OrderBy(i => i.Title, StringComparer.OrdinalIgnoreCase).ToList();
            yield return List(graph, SitePaths.KindIndex(kind), Labels.Capitalise(kind.Folder()), "", items,
                links => [new GroupModel("", "all", links.To(items))]);
        }
        yield return List(graph, SitePaths.KindIndex(ContentKind.Exercise), "All exercises", "Every exercise, screen and drill, by category.", exercises,
            links => ByCategory(exercises, links));

        foreach (var category in ContentSchemas.Categories)
        {
            var inCategory = exercises.Where(e => e.Category == category).ToList();
            yield return List(graph, SitePaths.Category(category), Labels.Category(category), "", inCategory,
                links => ByLevel(inCategory, links));
        }
        foreach (var level in ContentSchemas.Levels)
        {
            var atLevel = exercises.Where(e => e.Level == level).ToList();
            yield return List(graph, SitePaths.Level(level), $"{Labels.Capitalise(level)} exercises", "", atLevel,
                links => ByCategory(atLevel, links));
        }

        var tags = content.AllItems.SelectMany(i => i.Tags.Select(t => (Slug: SitePaths.TagSlug(t), Tag: t, Item: i)))
            .GroupBy(x => x.Slug)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        foreach (var tag in tags)
        {
            var tagged = tag.Select(x => x.Item).DistinctBy(i => (i.Kind, i.Id)).ToList();
            yield return List(graph, SitePaths.Tag(tag.First().Tag), $"Tagged “{tag.First().Tag}”", "", tagged, links => ByKind(tagged, links));
        }
        yield return List(graph, SitePaths.TagIndex, "Tags", "", tags.SelectMany(t => t.Select(x => x.Item)), links =>
            [new GroupModel("", "all", tags.Select(t => new LinkModel(links.Href(SitePaths.Tag(t.First().Tag)), Html.Escape(t.First().Tag),
                Labels.Count(t.Select(x => (x.Item.Kind, x.Item.Id)).Distinct().Count(), "item"))).ToList())]);
    }

    private static PagePlan Home(SiteGraph graph)
    {
        var content = graph.Content;
        return List(graph, SitePaths.Home, content.Site.Title, content.Site.Description ?? "", content.AllItems, links =>
        [
            new GroupModel("Progressions", "progressions", links.To(Sorted(content.Progressions.Values)), links.Href(SitePaths.KindIndex(ContentKind.Progression))),
            new GroupModel("Why it works", "explanations", links.To(Sorted(content.Explanations.Values)), links.Href(SitePaths.KindIndex(ContentKind.Explanation))),
            new GroupModel("Exercises by category", "categories",
                ContentSchemas.Categories.Select(c => links.Category(c) with { Summary = Labels.Count(content.Exercises.Values.Count(e => e.Category == c), "exercise") }).ToList(),
                links.Href(SitePaths.KindIndex(ContentKind.Exercise))),
            new GroupModel("Body regions", "regions", links.To(Sorted(content.Regions.Values)), links.Href(SitePaths.KindIndex(ContentKind.Region))),
            new GroupModel("Sources", "sources", links.To(Sorted(content.Sources.Values)), links.Href(SitePaths.KindIndex(ContentKind.Source))),
        ]);
    }

    /// <param name="listed">Every item the page shows: its fingerprint input.</param>
    private static PagePlan List(SiteGraph graph, string path, string title, string summary, IEnumerable<Item> listed,
        Func<LinkBuilder, IReadOnlyList<GroupModel>> groups)
    {
        object Model()
        {
            var links = new LinkBuilder(graph, path);
            return new ListPage(Html.Escape(title), Html.Escape(summary), groups(links).Where(g => g.Links.Count > 0).ToList());
        }
        return new PagePlan(path, path == SitePaths.Home ? "home" : "list", Model, title, summary, null, PageInputs.ForIndex(title + "|" + summary, listed));
    }

    private static IReadOnlyList<GroupModel> ByCategory(IEnumerable<Exercise> exercises, LinkBuilder links) =>
        ContentSchemas.Categories
            .Select(c => new GroupModel(Labels.Category(c), c, links.To(exercises.Where(e => e.Category == c)), links.Href(SitePaths.Category(c))))
            .ToList();

    private static IReadOnlyList<GroupModel> ByLevel(IEnumerable<Exercise> exercises, LinkBuilder links) =>
        ContentSchemas.Levels
            .Select(l => new GroupModel(Labels.Capitalise(l), l, links.To(exercises.Where(e => e.Level == l)), links.Href(SitePaths.Level(l))))
            .ToList();

    private static IReadOnlyList<GroupModel> ByKind(IEnumerable<Item> items, LinkBuilder links) =>
        ContentKinds.Items
            .Select(k => new GroupModel(Labels.Capitalise(k.Folder()), k.Folder(), links.To(Sorted(items.Where(i => i.Kind == k)))))
            .ToList();

    private static IEnumerable<Item> Sorted(IEnumerable<Item> items) => items.OrderBy(i => i.Title, StringComparer.OrdinalIgnoreCase);
}
