using System.Security.Cryptography;
using System.Text;
using Trackside.Link;
using Trackside.Load;
using Trackside.Render.Extras;

namespace Trackside.Render.Offline;

/// <summary>
/// Writes <c>sw.js</c> at the site root (registered by <c>static/offline.js</c>), so that after the
/// first visit the site works with the network off. Its cache is named after a hash of everything the
/// build publishes, so any change to any file makes a new worker that replaces the whole cache; the
/// same content always gives the same bytes. What it pre-caches: <see cref="PrecachePolicy"/>.
/// </summary>
public sealed class ServiceWorkerExtra : ISiteExtra
{
    public const string FileName = "sw.js";

    // Generated files for crawlers and feed readers, not for reading offline: robots.txt, sitemaps, feeds.
    private static bool ForMachines(string path) =>
        !path.Contains('/') && (path == "robots.txt" || path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase));

    // Set while this extra asks the other extras for their files, should one of them ever ask back.
    [ThreadStatic] private static bool _busy;

    public IEnumerable<GeneratedFile> Files(SiteGraph graph, TemplateCatalog catalog)
    {
        if (_busy) return [];
        _busy = true;
        try
        {
            return [new GeneratedFile(FileName, Write(graph, catalog))];
        }
        finally
        {
            _busy = false;
        }
    }

    private static byte[] Write(SiteGraph graph, TemplateCatalog catalog)
    {
        var content = graph.Content;
        var items = content.AllItems.Select(i => (Path: SitePaths.Item(i), i.Fingerprint)).OrderBy(i => i.Path, StringComparer.Ordinal).ToList();
        var pages = SiteRenderer.Plans(graph).Select(p => p.Path).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var statics = catalog.StaticFiles().Select(name => "static/" + name).ToList();
        var extras = SiteExtras.All.Where(e => e is not ServiceWorkerExtra)
            .SelectMany(e => e.Files(graph, catalog))
            .Where(f => f.Path != FileName)
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();
        // An extra is not told the source folder; the catalog reads files relative to its templates/
        // folder, which sits beside content/. (Null only if that layout ever changes: the hash then
        // falls back to the asset's name, and the asset is not pre-cached.)
        var assets = content.Assets.Order(StringComparer.Ordinal)
            .Select(a => (Path: SitePaths.Asset(a), Bytes: catalog.ReadBytes($"../{ContentScanner.AssetsFolder}/{a}")))
            .ToList();

        // Every page is made from the items, the site settings, the templates and the tool itself;
        // the other files are hashed by their bytes.
        var version = Hash(
            [
                "trackside-sw 1",
                "tool " + typeof(ServiceWorkerExtra).Assembly.ManifestModule.ModuleVersionId,
                "templates " + catalog.Fingerprint(),
                "site " + content.Site.Fingerprint,
                .. items.Select(i => $"item {i.Path} {i.Fingerprint}"),
                .. pages.Select(p => "page " + p),
                .. extras.Select(f => $"extra {f.Path} {Hash(f.Content)}"),
                .. assets.Select(a => $"asset {a.Path} {(a.Bytes is null ? "?" : Hash(a.Bytes))}"),
            ]);

        var shell = statics.Concat(extras.Where(f => !f.OnDemand).Select(f => f.Path).Where(p => !ForMachines(p)));
        var onDemand = extras.Where(f => f.OnDemand).Select(f => new PrecachePolicy.SiteFile(f.Path, f.Content.LongLength));
        var precache = PrecachePolicy.Choose(content, pages, shell, onDemand,
            assets.Select(a => new PrecachePolicy.SiteFile(a.Path, a.Bytes?.LongLength ?? -1)));
        return ServiceWorkerScript.Write(version, content.Site.Language, precache);
    }

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static string Hash(IEnumerable<string> lines) => Hash(Encoding.UTF8.GetBytes(string.Join('\n', lines)))[..16];
}
