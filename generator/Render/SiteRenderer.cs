using Trackside.Diagnostics;
using Trackside.Link;
using Trackside.Model;
using Trackside.Render.Pages;

namespace Trackside.Render;

/// <summary>Stage 4: plans every page and renders it through the templates.</summary>
public static class SiteRenderer
{
    /// <summary>
    /// Renders all pages in parallel and hands each to <paramref name="write"/> as soon as it is done,
    /// so the whole site is never held in memory. Returns the number of pages rendered.
    /// </summary>
    public static int Render(SiteGraph graph, TemplateCatalog catalog, DiagnosticBag diagnostics, Action<string, string> write)
    {
        var plans = graph.Content.AllItems.Select(i => ItemPages.For(i, graph)).Concat(IndexPages.For(graph)).ToList();
        var renderer = new PageRenderer(catalog, diagnostics);
        var rendered = 0;
        Parallel.ForEach(plans, plan =>
        {
            var html = renderer.Render(plan, Layout(graph, plan));
            if (html is null) return;
            write(plan.Path, html);
            Interlocked.Increment(ref rendered);
        });
        return rendered;
    }

    private static LayoutModel Layout(SiteGraph graph, PagePlan plan)
    {
        var site = graph.Content.Site;
        var root = SitePaths.RootFrom(plan.Path);
        var markdown = new MarkdownHtml(graph, plan.Path);
        var canonical = site.BaseUrl is null ? "" : site.BaseUrl.TrimEnd('/') + "/" + (plan.Path == SitePaths.Home ? "" : plan.Path);
        return new LayoutModel(
            Html.Escape(site.Title),
            Html.Escape(plan.Title),
            Html.Escape(plan.Description.Length > 0 ? plan.Description : site.Description),
            Html.Escape(site.Language),
            root,
            Html.Escape(canonical),
            root + SitePaths.Stylesheet,
            site.Nav.Select(n => NavLink(n, graph, markdown, root)).ToList(),
            markdown.Block(site.Disclaimer),
            Pages.ItemPages.Date(plan.Updated));
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
