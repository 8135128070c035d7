using Trackside.Link;
using Trackside.Model;

namespace Trackside.Render.Pages;

/// <summary>
/// <c>404.html</c>, which hosts (GitHub Pages, Netlify, most web servers) send for any address that has
/// no file, at any depth: <c>/exercises/old-name.html</c> gets it as well as <c>/typo.html</c>. So its
/// links, stylesheet and navigation are relative to <c>base_url</c> when the site has one; without one
/// they are relative to the site root, which is right for missing pages at the top level and when the
/// site is opened from disk. Drawn by <c>list.sbn</c>; kept out of the sitemap and marked noindex.
/// </summary>
public static class NotFoundPage
{
    public const string Path = "404.html";
    public const string Title = "Page not found";
    public const string Summary = "There is no page at this address. It may have moved, or the link may have a typo.";

    public static PagePlan Plan(SiteGraph graph)
    {
        var site = graph.Content.Site;
        object Model()
        {
            var root = site.BaseUrl is null ? "" : site.BaseUrl.TrimEnd('/') + "/";
            LinkModel To(string path, string title, string summary) => new(Html.Escape(root + path), Html.Escape(title), Html.Escape(summary));
            return new ListPage(Html.Escape(Title), Html.Escape(Summary),
            [
                new GroupModel("Try one of these", "next",
                [
                    To(SitePaths.Home, "Home", site.Title),
                    To(SitePaths.KindIndex(ContentKind.Exercise), "All exercises", "Every exercise, screen and drill, by category."),
                    To(SitePaths.KindIndex(ContentKind.Progression), "Progressions", "Plans that build stage by stage."),
                    To(SitePaths.KindIndex(ContentKind.Region), "Body regions", "The parts of the body the site covers, and how they connect."),
                ]),
            ]);
        }
        return new PagePlan(Path, "list", Model, Title, Summary, null, PageInputs.ForList($"404|{site.BaseUrl}|{site.Title}", []));
    }

    /// <summary>The prefix of the page's links, escaped: <c>base_url</c> with a final "/", or "" without one.</summary>
    public static string Root(SiteSettings site) => site.BaseUrl is null ? "" : Html.Escape(site.BaseUrl.TrimEnd('/') + "/");

    /// <summary>A link of the layout made relative to the site root (navigation, item links) moved onto <see cref="Root"/>.</summary>
    public static string Rebase(string root, string href) =>
        root.Length == 0 || href.StartsWith('#') || href.StartsWith('/') || Link.Markdown.ItemLink.SchemeOf(href) is not null || href.StartsWith(root, StringComparison.Ordinal)
            ? href
            : root + href;
}
