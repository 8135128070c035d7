using Trackside.Model;

namespace Trackside.Render.Offline;

/// <summary>
/// Which files the service worker downloads when it installs (so they work offline before they are
/// ever opened), and which it keeps only once visited. Small sites are pre-cached whole; on a large
/// one (thousands of exercises) that would cost a phone tens of megabytes on every rebuild, so:
/// <list type="number">
/// <item>always: the shell (every static file, the generated files other than on-demand pieces, the
/// home page, the section index pages and <c>404.html</c>);</item>
/// <item>the on-demand pieces (search index packs and result chunks), all or none, when they total at
/// most <see cref="MaxOnDemandBytes"/>: a partial index would find some words offline and not
/// others, and past the budget every piece is saved as a search first fetches it;</item>
/// <item>then pages in the order an athlete at the track needs them (progressions, the exercises they
/// name, explanations, regions, sources, category and level lists, the other exercises, tag pages),
/// up to <see cref="MaxPages"/> pages in all;</item>
/// <item>images from <c>content/assets/</c>, by path, up to <see cref="MaxAssetBytes"/> in all.</item>
/// </list>
/// Everything else is cached the first time it is opened. The order is fixed, so the list is too.
/// </summary>
public static class PrecachePolicy
{
    public const int MaxPages = 500;
    public const long MaxAssetBytes = 8L * 1024 * 1024;
    public const long MaxOnDemandBytes = 4L * 1024 * 1024;

    /// <summary>One file of the site: its path and, for images, its size (-1 when unknown).</summary>
    public sealed record SiteFile(string Path, long Size = -1);

    /// <param name="pages">Every page of the site (item pages and index pages).</param>
    /// <param name="shell">Static files and generated files other than the service worker and on-demand pieces.</param>
    /// <param name="onDemand">Generated files that pages fetch only when needed, with their sizes.</param>
    /// <param name="assets">Images from content/assets/, with their sizes.</param>
    public static IReadOnlyList<string> Choose(ContentSet content, IReadOnlyCollection<string> pages, IEnumerable<string> shell,
        IEnumerable<SiteFile> onDemand, IEnumerable<SiteFile> assets)
    {
        var known = pages.ToHashSet(StringComparer.Ordinal);
        var chosen = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string path)
        {
            if (seen.Add(path)) chosen.Add(path);
        }

        foreach (var path in shell.Order(StringComparer.Ordinal)) Add(path);
        var pieces = onDemand.ToList();
        if (pieces.Sum(p => p.Size) <= MaxOnDemandBytes)
            foreach (var piece in pieces.OrderBy(p => p.Path, StringComparer.Ordinal)) Add(piece.Path);
        var shellPages = pages.Where(IsShellPage).Order(StringComparer.Ordinal).ToList();
        foreach (var path in shellPages) Add(path);

        var budget = Math.Max(0, MaxPages - shellPages.Count);
        foreach (var path in PagesByNeed(content, pages).Where(known.Contains).Where(p => !seen.Contains(p)).Distinct(StringComparer.Ordinal).Take(budget))
            Add(path);

        long bytes = 0;
        foreach (var asset in assets.OrderBy(a => a.Path, StringComparer.Ordinal))
        {
            if (asset.Size < 0 || bytes + asset.Size > MaxAssetBytes) continue;
            bytes += asset.Size;
            Add(asset.Path);
        }
        return chosen;
    }

    // The home page, the index of each section (exercises/index.html, tags/index.html, ...) and the not-found page.
    private static bool IsShellPage(string path) =>
        path is SitePaths.Home or "404.html" || (path.EndsWith("/index.html", StringComparison.Ordinal) && path.Count(c => c == '/') == 1);

    private static IEnumerable<string> PagesByNeed(ContentSet content, IReadOnlyCollection<string> pages)
    {
        static IEnumerable<T> ById<T>(IEnumerable<T> items) where T : Item => items.OrderBy(i => i.Id, StringComparer.Ordinal);

        var progressions = ById(content.Progressions.Values).ToList();
        foreach (var progression in progressions) yield return SitePaths.Item(progression);
        foreach (var reference in progressions.SelectMany(p => p.References).Where(r => r.Kind == ContentKind.Exercise))
            yield return SitePaths.Item(ContentKind.Exercise, reference.Id);
        foreach (var item in ById(content.Explanations.Values)) yield return SitePaths.Item(item);
        foreach (var item in ById(content.Regions.Values)) yield return SitePaths.Item(item);
        foreach (var item in ById(content.Sources.Values)) yield return SitePaths.Item(item);
        foreach (var path in pages.Where(p => p.StartsWith("categories/", StringComparison.Ordinal) || p.StartsWith("levels/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            yield return path;
        foreach (var item in ById(content.Exercises.Values)) yield return SitePaths.Item(item);
        foreach (var path in pages.Order(StringComparer.Ordinal)) yield return path; // tag pages and anything newer
    }
}
