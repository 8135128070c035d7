namespace Trackside.Render.Extras;

/// <summary>Every extra file generator, in the order they run.</summary>
public static class SiteExtras
{
    public static IReadOnlyList<ISiteExtra> All { get; } =
    [
        new Search.SearchIndexExtra(),
        new SitemapExtra(),               // sitemap.xml, with a base_url (generator/Render/Extras/)
        new RobotsExtra(),                // robots.txt
        new FeedExtra(),                  // feed.xml (Atom), with a base_url
        new ManifestExtra(),              // manifest.webmanifest (icons in templates/static/)
        new Offline.ServiceWorkerExtra(), // sw.js: the offline copy of the site; last, as it hashes the other extras' files
    ];
}
