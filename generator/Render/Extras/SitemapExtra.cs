using System.Runtime.CompilerServices;
using Trackside.Link;
using Trackside.Model;
using Trackside.Render.Pages;

namespace Trackside.Render.Extras;

/// <summary>
/// <c>sitemap.xml</c> (sitemaps.org 0.9): one <c>&lt;url&gt;</c> per page, home first, then by path, with
/// <c>&lt;lastmod&gt;</c> from the item's <c>updated</c> date. The protocol needs absolute addresses, so
/// the file is written only when the site has a <c>base_url</c>. The not-found page is left out.
/// A source's <c>updated</c> is its publisher's date, not our page's, so source pages have no lastmod.
/// </summary>
public sealed class SitemapExtra : ISiteExtra
{
    public const string FileName = "sitemap.xml";
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    // Made once per site graph: the service worker asks for every extra's files too.
    private static readonly ConditionalWeakTable<SiteGraph, IReadOnlyList<GeneratedFile>> Made = new();

    public IEnumerable<GeneratedFile> Files(SiteGraph graph, TemplateCatalog catalog) => Made.GetValue(graph, Write);

    private static IReadOnlyList<GeneratedFile> Write(SiteGraph graph)
    {
        var site = graph.Content.Site;
        if (site.BaseUrl is null) return [];
        var pages = SiteRenderer.Plans(graph)
            .Where(p => p.Path != NotFoundPage.Path)
            .OrderBy(p => p.Path == SitePaths.Home ? 0 : 1).ThenBy(p => p.Path, StringComparer.Ordinal)
            .ToList();
        return [new GeneratedFile(FileName, XmlFile.Write(xml =>
        {
            xml.WriteStartElement("urlset", Namespace);
            foreach (var page in pages)
            {
                xml.WriteStartElement("url", Namespace);
                xml.WriteElementString("loc", Namespace, SiteUrl.Of(site, page.Path));
                if (PageMeta.ItemOf(graph, page) is { Updated: { } updated } and not Source)
                    xml.WriteElementString("lastmod", Namespace, updated.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }))];
    }
}
