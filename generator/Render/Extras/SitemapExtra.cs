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

    // The entries and file of the last build: most edits (a text, a title) change neither a page's
    // address nor its date, and then the file is not written out again.
    private (string BaseUrl, Entry[] Entries, GeneratedFile File)? _last;

    private readonly record struct Entry(string Path, DateOnly? LastMod);

    // In the order pages are planned, which is the same for the same content: sorted only when written.
    // An item page's plan carries its item's date; index pages have none.
    private readonly PerPlan<Entry> _entries = new(p => new Entry(p.Path, p.Template == ContentKind.Source.Noun() ? null : p.Updated));

    public IEnumerable<GeneratedFile> Files(ExtraInputs inputs)
    {
        var site = inputs.Graph.Content.Site;
        if (site.BaseUrl is null) return [];
        var entries = _entries.Of(SiteRenderer.Plans(inputs.Graph));
        if (_last is { } last && last.BaseUrl == site.BaseUrl && last.Entries.AsSpan().SequenceEqual(entries)) return [last.File];
        var sorted = entries.Where(e => e.Path != NotFoundPage.Path).OrderBy(e => e.Path == SitePaths.Home ? 0 : 1).ThenBy(e => e.Path, StringComparer.Ordinal);
        var file = new GeneratedFile(FileName, XmlFile.Write(xml =>
        {
            xml.WriteStartElement("urlset", Namespace);
            foreach (var entry in sorted)
            {
                xml.WriteStartElement("url", Namespace);
                xml.WriteElementString("loc", Namespace, SiteUrl.Of(site, entry.Path));
                if (entry.LastMod is { } updated)
                    xml.WriteElementString("lastmod", Namespace, updated.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }));
        _last = (site.BaseUrl, entries, file);
        return [file];
    }
}
