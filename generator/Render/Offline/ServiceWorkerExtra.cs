using System.Security.Cryptography;
using System.Text;
using Trackside.Diagnostics;
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

    public IEnumerable<GeneratedFile> Files(ExtraInputs inputs) => [new GeneratedFile(FileName, Write(inputs))];

    private static byte[] Write(ExtraInputs inputs)
    {
        var (graph, catalog) = (inputs.Graph, inputs.Catalog);
        var content = graph.Content;
        var items = content.AllItems.Select(i => (Path: SitePaths.Item(i), i.Fingerprint)).OrderBy(i => i.Path, StringComparer.Ordinal).ToList();
        var pages = SiteRenderer.Plans(graph).Select(p => p.Path).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var statics = catalog.StaticFiles().Select(name => "static/" + name).ToList();
        var extras = inputs.Earlier.Where(f => f.Path != FileName).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        var assets = inputs.Assets.OrderBy(a => a.Path, StringComparer.Ordinal).ToList();

        // Every page is made from the items, the site settings, the templates and the tool itself;
        // the other files are hashed by their bytes (kept with them, so unchanged files are not hashed again).
        var version = Hash(
            [
                "trackside-sw 1",
                "tool " + typeof(ServiceWorkerExtra).Assembly.ManifestModule.ModuleVersionId,
                "templates " + catalog.Fingerprint(),
                "site " + content.Site.Fingerprint,
                .. items.Select(i => $"item {i.Path} {i.Fingerprint}"),
                .. pages.Select(p => "page " + p),
                .. extras.Select(f => $"extra {f.Path} {Fingerprint.OfFile(f.Content)}"),
                .. assets.Select(a => $"asset {a.Path} {Fingerprint.OfFile(a.Content)}"),
            ]);

        var shell = statics.Concat(extras.Where(f => !f.OnDemand).Select(f => f.Path).Where(p => !ForMachines(p)));
        var onDemand = extras.Where(f => f.OnDemand).Select(f => new PrecachePolicy.SiteFile(f.Path, f.Content.LongLength));
        var precache = PrecachePolicy.Choose(content, pages, shell, onDemand, assets.Select(a => new PrecachePolicy.SiteFile(a.Path, a.Content.LongLength)));
        return ServiceWorkerScript.Write(version, content.Site.Language, precache);
    }

    private static string Hash(IEnumerable<string> lines) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', lines))))[..16];
}
