using System.Collections.Concurrent;
using Trackside.Diagnostics;
using Trackside.Link;
using Trackside.Model;
using Trackside.Render.Pages;

namespace Trackside.Render;

/// <summary>Stage 4: plans every page and renders it through the templates.</summary>
public static class SiteRenderer
{
    /// <summary>
    /// Renders pages in parallel and hands each to <paramref name="write"/> as soon as it is done, so
    /// the whole site is never held in memory. With the fingerprints of an earlier build, pages whose
    /// inputs are unchanged are skipped. Returns the fingerprint of every page of the site.
    /// </summary>
    /// <param name="known">Fingerprints kept from earlier builds of a session, updated here.</param>
    public static RenderReport Render(SiteGraph graph, TemplateCatalog catalog, DiagnosticBag diagnostics, PageWriter write,
        IReadOnlyDictionary<string, string>? previous = null, PageFingerprints? known = null, PagePlanner? planner = null)
    {
        known ??= new PageFingerprints();
        var plans = Plans(graph, planner);
        var hasFeed = Extras.FeedExtra.Written(graph.Content);
        var everyPage = GlobalInputs(graph, catalog, hasFeed);
        var withMap = everyPage + "|" + Map.ChainMap.Inputs(graph);
        var (fingerprints, changed) = known.All(plans, planner?.Changes, withMap, p => Map.ChainMap.Shows(p) ? withMap : everyPage, previous);

        var renderer = new PageRenderer(catalog, diagnostics);
        var frames = new ConcurrentDictionary<(string, bool), Frame>();
        var rendered = 0;
        Parallel.ForEach(changed, plan =>
        {
            if (renderer.Render(plan, Layout(graph, plan, frames, hasFeed), write)) Interlocked.Increment(ref rendered);
        });
        return new RenderReport(rendered, fingerprints);
    }

    /// <summary>
    /// Every page of the site: item pages, index pages and the not-found page. Planned once per graph
    /// (extras ask too), by the session's <paramref name="planner"/> when it has one; callers on other
    /// threads wait for the plans being made.
    /// </summary>
    public static IReadOnlyList<PagePlan> Plans(SiteGraph graph, PagePlanner? planner = null) => PlansOf(graph, planner).Value.Plans;

    /// <summary>What planning this graph's pages changed since the plans the session's planner made before (see <see cref="PagePlanner.Changes"/>).</summary>
    public static PlanChanges? PlanChanges(SiteGraph graph) => PlansOf(graph, null).Value.Changes;

    /// <summary>
    /// Settles that <paramref name="planner"/> plans this graph's pages, without planning them yet: extras
    /// that start before the plans are made then wait for them instead of planning with a planner of their own.
    /// </summary>
    public static void WillPlan(SiteGraph graph, PagePlanner? planner) => PlansOf(graph, planner);

    private static Lazy<(IReadOnlyList<PagePlan> Plans, PlanChanges? Changes)> PlansOf(SiteGraph graph, PagePlanner? planner) =>
        Planned.GetValue(graph, g => new Lazy<(IReadOnlyList<PagePlan>, PlanChanges?)>(() =>
        {
            var planning = planner ?? new PagePlanner();
            return (planning.Plan(g), planning.Changes);
        }));

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SiteGraph, Lazy<(IReadOnlyList<PagePlan> Plans, PlanChanges? Changes)>> Planned = new();

    // What every page's layout shows: the site settings, the navigation's targets, the templates, and whether there is a feed to link.
    private static string GlobalInputs(SiteGraph graph, TemplateCatalog catalog, bool hasFeed) =>
        Fingerprint.Of(graph.Content.Site.Nav
            .Select(n => Link.Markdown.ItemLink.TryParse(n.Link.Text.Trim()) is { } t ? graph.Content.Find(t.Kind, t.Id)?.Title ?? "" : "")
            .Prepend(graph.Content.Site.Fingerprint).Prepend(catalog.Fingerprint()).Append(graph.Content.Site.BaseUrl ?? "")
            .Append(hasFeed ? "feed" : ""));

    // What the layout shows the same on every page at one depth: the navigation and the disclaimer.
    private sealed record Frame(IReadOnlyList<LinkModel> Nav, string DisclaimerHtml);

    private static LayoutModel Layout(SiteGraph graph, PagePlan plan, ConcurrentDictionary<(string, bool), Frame> frames, bool hasFeed)
    {
        var site = graph.Content.Site;
        var notFound = plan.Path == NotFoundPage.Path; // served at any depth: links start from base_url
        var root = notFound ? NotFoundPage.Root(site) : SitePaths.RootFrom(plan.Path);
        var frame = frames.GetOrAdd((SitePaths.RootFrom(plan.Path), notFound), _ => FrameOf(graph, new MarkdownHtml(graph, plan.Path), root, notFound));
        var canonical = site.BaseUrl is null || notFound ? "" : site.BaseUrl.TrimEnd('/') + "/" + (plan.Path == SitePaths.Home ? "" : plan.Path);
        return new LayoutModel(
            Html.Escape(site.Title),
            Html.Escape(plan.Title),
            Html.Escape(plan.Description.Length > 0 ? plan.Description : site.Description),
            Html.Escape(site.Language),
            root,
            Html.Escape(canonical),
            root + SitePaths.Stylesheet,
            frame.Nav,
            frame.DisclaimerHtml,
            Pages.ItemPages.Date(plan.Updated),
            Extras.PageMeta.For(graph, plan, root, hasFeed),
            Map.ChainMap.Html(graph, plan, root));
    }

    private static Frame FrameOf(SiteGraph graph, MarkdownHtml markdown, string root, bool notFound) => new(
        WithAlwaysShownSections(graph.Content.Site.Nav.Select(n => NavLink(n, graph, markdown, root)), root)
            .Select(l => notFound ? l with { Href = NotFoundPage.Rebase(root, l.Href) } : l).ToList(),
        markdown.Block(graph.Content.Site.Disclaimer));

    // Every page leads to the exercises and the body regions, after the site's own links; a site whose nav
    // already lists one of them keeps it where the coach put it, not twice.
    private static IEnumerable<LinkModel> WithAlwaysShownSections(IEnumerable<LinkModel> nav, string root)
    {
        var links = nav.ToList();
        foreach (var section in (string[])["exercises", "regions"])
        {
            var href = root + SitePaths.Section(section);
            if (!links.Exists(l => l.Href == href)) links.Add(new LinkModel(href, Html.Escape(SiteSections.Titles[section])));
        }
        return links;
    }

    private static LinkModel NavLink(NavLink nav, SiteGraph graph, MarkdownHtml markdown, string root)
    {
        var link = nav.Link.Text.Trim();
        if (SiteSections.Titles.TryGetValue(link, out var sectionTitle))
            return new LinkModel(root + SitePaths.Section(link), Html.Escape(nav.Title ?? sectionTitle));
        var item = Link.Markdown.ItemLink.TryParse(link) is { } target ? graph.Content.Find(target.Kind, target.Id) : null;
        return new LinkModel(Html.Escape(markdown.Href(link)), Html.Escape(nav.Title ?? item?.Title ?? link));
    }
}
