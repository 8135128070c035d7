using Trackside.Link;
using Trackside.Model;
using Trackside.Render.Pages;

namespace Trackside.Render.Extras;

/// <summary>
/// The page's metadata that <c>_head.sbn</c> prints (<c>site.meta</c>): the Open Graph type and image,
/// a robots directive, the feed's address, and the page's JSON-LD. Every string is HTML-escaped except
/// <see cref="JsonLd"/>, which is JSON with <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> written as
/// <c>\u003C</c>-style escapes, so it is safe to print inside <c>&lt;script type="application/ld+json"&gt;</c>.
/// </summary>
public sealed record PageMeta(string OgType, string Image, string Robots, string Feed, string JsonLd)
{
    /// <summary>The icon shown in link previews (an absolute address is required there).</summary>
    public const string PreviewImage = "static/icon-512.png";

    /// <param name="hasFeed"><see cref="FeedExtra.Written"/>, asked once per build rather than per page.</param>
    public static PageMeta For(SiteGraph graph, PagePlan plan, string root, bool hasFeed)
    {
        var site = graph.Content.Site;
        var notFound = plan.Path == NotFoundPage.Path;
        var item = ItemOf(graph, plan);
        return new PageMeta(
            item is null or Region ? "website" : "article",
            Html.Escape(SiteUrl.Of(site, PreviewImage)),
            notFound ? "noindex" : "",
            hasFeed ? root + FeedExtra.FileName : "", // root is escaped already
            notFound ? "" : StructuredData.For(graph, plan, item));
    }

    /// <summary>The item whose page this is, or null for index pages.</summary>
    public static Item? ItemOf(SiteGraph graph, PagePlan plan) =>
        ContentKinds.FromNoun(plan.Template) is { } kind
        && graph.Content.Find(kind, Path.GetFileNameWithoutExtension(plan.Path)) is { } item
        && SitePaths.Item(item) == plan.Path
            ? item
            : null;
}
