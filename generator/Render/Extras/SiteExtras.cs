namespace Trackside.Render.Extras;

/// <summary>
/// Every extra file generator, in the order they run. A session keeps one set, as extras keep what they made for its
/// next build; without <paramref name="keep"/> (a one-shot build) each call makes a set of its own, so what the extras
/// made (the search index's documents and postings) is garbage as soon as their files are made, not held while pages render.
/// </summary>
/// <param name="earlySearch">The search documents a one-shot build made while linking.</param>
public sealed class SiteExtras(bool keep = true, Search.EarlySearchDocuments? earlySearch = null)
{
    private IReadOnlyList<ISiteExtra>? _kept;

    private IReadOnlyList<ISiteExtra> All() =>
    [
        new Search.SearchIndexExtra(earlySearch),
        new SitemapExtra(),               // sitemap.xml, with a base_url (generator/Render/Extras/)
        new RobotsExtra(),                // robots.txt
        new FeedExtra(),                  // feed.xml (Atom), with a base_url
        new ManifestExtra(),              // manifest.webmanifest (icons in templates/static/)
        new Offline.ServiceWorkerExtra(), // sw.js: the offline copy of the site; last, as it hashes the other extras' files
    ];

    /// <summary>The files of every extra, in order; each extra is shown the files of those before it.</summary>
    public IReadOnlyList<GeneratedFile> Files(Link.SiteGraph graph, TemplateCatalog catalog, IReadOnlyList<GeneratedFile> assets)
    {
        var files = new List<GeneratedFile>();
        foreach (var extra in keep ? _kept ??= All() : All()) files.AddRange(extra.Files(new ExtraInputs(graph, catalog, assets, files.ToArray())));
        return files;
    }
}
