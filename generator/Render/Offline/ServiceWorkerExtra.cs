using System.Security.Cryptography;
using System.Text;
using Trackside.Diagnostics;
using Trackside.Model;
using Trackside.Render.Extras;
using Trackside.Render.Pages;

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

    // The order of the pages and the digest of the items, kept between the builds of a session.
    private readonly SortOrder _pageOrder = new();
    private readonly ItemsDigest _items = new();

    // The sorted pages of the last build, with the plans and the order they were made from: the same order means the same pages.
    private (IReadOnlyList<PagePlan> Plans, IReadOnlyList<int> Order, List<string> Pages)? _pages;

    // The pre-cache list of the last build, with the content, pages and files it was chosen from.
    private (ContentSet Content, List<string> Pages, PrecachePolicy.SiteFile[] Files, IReadOnlyList<string> Chosen)? _precache;

    private List<string> Pages(Link.SiteGraph graph)
    {
        var plans = SiteRenderer.Plans(graph);
        // Planned from the last build's plans with no page added or gone (a text or title edit): its pages, not looked at again.
        if (_pages is { } kept && SiteRenderer.PlanChanges(graph)?.SamePagesAs(kept.Plans) == true)
        {
            _pages = kept with { Plans = plans };
            return kept.Pages;
        }
        var paths = plans.Select(p => p.Path).ToArray();
        var order = _pageOrder.Of(paths);
        var pages = _pages is { } last && ReferenceEquals(last.Order, order) ? last.Pages : order.Select(i => paths[i]).Distinct(StringComparer.Ordinal).ToList();
        _pages = (plans, order, pages);
        return pages;
    }

    public IEnumerable<GeneratedFile> Files(ExtraInputs inputs) => [new GeneratedFile(FileName, Write(inputs))];

    private byte[] Write(ExtraInputs inputs)
    {
        var (graph, catalog) = (inputs.Graph, inputs.Catalog);
        var content = graph.Content;
        var items = _items.Of(graph); // a digest of every item
        var pages = Pages(graph);
        var statics = catalog.StaticFiles().Select(name => "static/" + name).ToList();
        var extras = inputs.Earlier.Where(f => f.Path != FileName).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        var assets = inputs.Assets.OrderBy(a => a.Path, StringComparer.Ordinal).ToList();

        // Every page, and so which pages there are, is made from the items, the site settings, the templates
        // and the tool itself; the other files are hashed by their bytes (a hash is kept with its file's
        // bytes, so files the extras hand back unchanged are not hashed again).
        var version = Hash(
            [
                "trackside-sw 1",
                "tool " + typeof(ServiceWorkerExtra).Assembly.ManifestModule.ModuleVersionId,
                "templates " + catalog.Fingerprint(),
                "site " + content.Site.Fingerprint,
                "items " + items,
                .. extras.Select(f => $"extra {f.Path} {Fingerprint.OfFile(f.Content)}"),
                .. assets.Select(a => $"asset {a.Path} {Fingerprint.OfFile(a.Content)}"),
            ]);

        var shell = statics.Concat(extras.Where(f => !f.OnDemand).Select(f => f.Path).Where(p => !ForMachines(p))).ToList();
        var onDemand = extras.Where(f => f.OnDemand).Select(f => new PrecachePolicy.SiteFile(f.Path, f.Content.LongLength)).ToList();
        var images = assets.Select(a => new PrecachePolicy.SiteFile(a.Path, a.Content.LongLength)).ToList();
        var files = shell.Select(path => new PrecachePolicy.SiteFile(path)).Concat(onDemand).Concat(images).ToArray();
        // The same pages (so the same items) and files as last time, and no progression changed (they order the pages): the same choice.
        var precache = _precache is { } last && ReferenceEquals(last.Pages, pages) && last.Files.AsSpan().SequenceEqual(files)
            && !graph.ChangesSince(last.Content).Items.Any(c => c.Then is Progression || c.Now is Progression)
            ? last.Chosen
            : PrecachePolicy.Choose(content, pages, shell, onDemand, images);
        _precache = (content, pages, files, precache);
        return ServiceWorkerScript.Write(version, content.Site.Language, precache);
    }

    private static string Hash(IEnumerable<string> lines) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', lines))))[..16];
}
