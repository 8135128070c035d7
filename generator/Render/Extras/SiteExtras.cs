namespace Trackside.Render.Extras;

/// <summary>Every extra file generator, in the order they run: one set per build session, as extras keep what they made.</summary>
public sealed class SiteExtras
{
    private readonly IReadOnlyList<ISiteExtra> _all =
    [
        new Search.SearchIndexExtra(),
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
        foreach (var extra in _all) files.AddRange(extra.Files(new ExtraInputs(graph, catalog, assets, files.ToArray())));
        return files;
    }
}
