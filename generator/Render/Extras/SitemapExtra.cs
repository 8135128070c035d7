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

    // The plans, dates by address and file of the last build: most edits (a text, a title) change neither a page's
    // address nor its date, and then the file is not written out again.
    private (string BaseUrl, IReadOnlyList<PagePlan> Plans, Dictionary<string, DateOnly?> Dates, GeneratedFile File)? _last;

    public IEnumerable<GeneratedFile> Files(ExtraInputs inputs)
    {
        var site = inputs.Graph.Content.Site;
        if (site.BaseUrl is null) return [];
        var plans = SiteRenderer.Plans(inputs.Graph);
        // Planned from the last build's plans with the same pages: only the plans made anew may carry another date.
        if (_last is { } last && last.BaseUrl == site.BaseUrl && SiteRenderer.PlanChanges(inputs.Graph) is { } changes && changes.SamePagesAs(last.Plans)
            && changes.Fresh.All(plan => plan.Path == NotFoundPage.Path || last.Dates[plan.Path] == LastMod(plan)))
        {
            _last = last with { Plans = plans };
            return [last.File];
        }
        var dates = new Dictionary<string, DateOnly?>(plans.Count, StringComparer.Ordinal);
        foreach (var plan in plans.Where(p => p.Path != NotFoundPage.Path)) dates[plan.Path] = LastMod(plan);
        var file = _last is { } same && same.BaseUrl == site.BaseUrl && Same(same.Dates, dates) ? same.File : Write(site, dates);
        _last = (site.BaseUrl, plans, dates, file);
        return [file];
    }

    // An item page's plan carries its item's date; index pages have none.
    private static DateOnly? LastMod(PagePlan plan) => plan.Template == ContentKind.Source.Noun() ? null : plan.Updated;

    private static bool Same(Dictionary<string, DateOnly?> a, Dictionary<string, DateOnly?> b) =>
        a.Count == b.Count && a.All(entry => b.TryGetValue(entry.Key, out var date) && date == entry.Value);

    private static GeneratedFile Write(SiteSettings site, Dictionary<string, DateOnly?> dates) => new(FileName, XmlFile.Write(xml =>
    {
        xml.WriteStartElement("urlset", Namespace);
        foreach (var (path, lastMod) in dates.OrderBy(e => e.Key == SitePaths.Home ? 0 : 1).ThenBy(e => e.Key, StringComparer.Ordinal))
        {
            xml.WriteStartElement("url", Namespace);
            xml.WriteElementString("loc", Namespace, SiteUrl.Of(site, path));
            if (lastMod is { } updated)
                xml.WriteElementString("lastmod", Namespace, updated.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }));
}
