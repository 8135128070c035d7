using Trackside.Link;
using Trackside.Model;

namespace Trackside.Render.Pages;

/// <summary>The page of each item: exercise, progression, explanation, region, source.</summary>
public static class ItemPages
{
    public static PagePlan For(Item item, CurrentGraph site)
    {
        var path = SitePaths.Item(item);
        return new PagePlan(path, item.Kind.Noun(), () => Model(item, site.Graph, new LinkBuilder(site.Graph, path)),
            item.Title, item.Summary ?? "", item.Updated, PageInputs.ForItem(item, site.Graph));
    }

    private static object Model(Item item, SiteGraph graph, LinkBuilder links) =>
        item switch
        {
            Exercise e => Exercise(e, graph, links),
            Progression p => Progression(p, graph, links),
            Explanation x => new ExplanationPage(Html.Escape(x.Title), Html.Escape(x.Summary), links.To(x.Regions), links.Tags(x.Tags),
                links.Markdown.Block(x.Body), links.Cites(x), BackLinks(x, graph, links), ListingPages.AllLink(x, graph, links)),
            Region r => Region(r, graph, links),
            Source s => Source(s, graph, links),
            _ => throw new ArgumentOutOfRangeException(nameof(item)),
        };

    private static ExercisePage Exercise(Exercise e, SiteGraph graph, LinkBuilder links) => new(
        Html.Escape(e.Title), Html.Escape(e.Summary), links.Category(e.Category), links.Level(e.Level),
        links.To(e.Regions), links.Tags(e.Tags), LinkBuilder.Escape(e.Equipment), LinkBuilder.Dose(e.Dose),
        e.Steps.Select(links.Markdown.Inline).ToList(), LinkBuilder.Escape(e.Cues), LinkBuilder.Escape(e.Mistakes), LinkBuilder.Escape(e.StopIf),
        links.To(e.Regression), links.To(e.Progression), links.Markdown.Block(e.Explanation),
        e.Images.Select(i => new ImageModel(links.Href(SitePaths.Asset(Link.AssetCheck.AssetPath(i.Src))), Html.Escape(i.Alt),
            Html.Escape(i.Caption), Html.Escape(i.Credit), Html.Escape(i.License))).ToList(),
        links.Cites(e), BackLinks(e, graph, links), ListingPages.AllLink(e, graph, links));

    private static ProgressionPage Progression(Progression p, SiteGraph graph, LinkBuilder links)
    {
        var stages = p.Stages.Select((stage, index) => new StageModel(
            index + 1, $"stage-{index + 1}", Html.Escape(stage.Title), Html.Escape(stage.Focus), Html.Escape(stage.Duration),
            links.Markdown.Block(stage.Notes),
            stage.Exercises
                .Select(se => (Entry: se, Exercise: graph.Content.Exercises.GetValueOrDefault(se.Exercise.Id)))
                .Where(x => x.Exercise is not null)
                .Select(x => new StageExerciseModel(links.To(x.Exercise!),
                    LinkBuilder.Dose(x.Entry.DoseOverride is null ? x.Exercise!.Dose : x.Exercise!.Dose.With(x.Entry.DoseOverride)),
                    Html.Escape(x.Entry.Notes), LinkBuilder.Escape(x.Exercise!.StopIf)))
                .ToList(),
            LinkBuilder.Escape(stage.AdvanceWhen), LinkBuilder.Escape(stage.StopIf))).ToList();
        return new ProgressionPage(Html.Escape(p.Title), Html.Escape(p.Summary), links.To(p.Regions), links.Tags(p.Tags),
            links.To(p.Prerequisites), stages, links.Cites(p), BackLinks(p, graph, links), ListingPages.AllLink(p, graph, links));
    }

    private static RegionPage Region(Region r, SiteGraph graph, LinkBuilder links)
    {
        var touching = ListingPages.Lists(r, graph)
            .Select(list => new GroupModel(list.Heading.Title, list.Heading.Anchor, links.To(ListingPages.Shown(list.Items))))
            .ToList();
        return new RegionPage(Html.Escape(r.Title), Html.Escape(r.Summary), links.Markdown.Block(r.Body),
            links.To(graph.Neighbours(r)), touching, links.Cites(r), ListingPages.AllLink(r, graph, links));
    }

    private static SourcePage Source(Source s, SiteGraph graph, LinkBuilder links) => new(
        Html.Escape(s.Title), Html.Escape(s.Summary), Html.Escape(s.Author), Html.Escape(s.Publisher), Html.Escape(s.Url),
        Date(s.Published), Date(s.Updated), Date(s.Accessed),
        s.Claims.Select(c => new ClaimModel(Html.Escape(c.Id), Html.Escape(c.Text), Html.Escape(c.Section), Html.Escape(c.Kind),
            links.To(ListingPages.Shown(graph.CitedBy(s.Id, c.Id))))).ToList(),
        BackLinks(s, graph, links), ListingPages.AllLink(s, graph, links));

    private static IReadOnlyList<LinkModel> BackLinks(Item item, SiteGraph graph, LinkBuilder links) =>
        links.To(ListingPages.Shown(graph.LinkedFrom(item)));

    internal static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd") ?? "";
}
