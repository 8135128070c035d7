using Trackside.Diagnostics;
using Trackside.Model;

namespace Trackside.Load;

/// <summary>What a scan of the source folder found: the content files, the assets, and the warnings about what it left out.</summary>
internal sealed record ContentScan(IReadOnlyList<(string Path, ContentKind Kind)> Files, IReadOnlyList<string> Assets, IReadOnlyList<Diagnostic> Warnings)
{
    public static ContentScan Of(string sourceRoot)
    {
        var warnings = new DiagnosticBag();
        var scanner = new ContentScanner(sourceRoot, warnings);
        var files = scanner.ContentFiles();
        return new ContentScan(files, scanner.Assets(), warnings.All());
    }

    /// <summary>
    /// Whether this scan still holds after the watcher reported <paramref name="changed"/>: true when each
    /// path is a file the scan found (content, site settings or asset) that is still a regular file, or a
    /// path that is gone and that the scan never saw (an editor's temporary file). A new, deleted or
    /// replaced entry, a folder, or anything the scan warned about needs a new scan.
    /// </summary>
    public bool Survives(string sourceRoot, IEnumerable<string> changed)
    {
        foreach (var path in changed.Where(p => !IsTemplate(p)))
        {
            var full = Path.Combine(sourceRoot, path);
            var file = new FileInfo(full);
            if (file.Exists && file.LinkTarget is null && Has(path)) continue;
            var gone = !file.Exists && !Directory.Exists(full) && file.LinkTarget is null;
            if (gone && !Found.Concat(Warnings.Select(w => w.Span.Path)).Any(s => s == path || s.StartsWith(path + "/", StringComparison.Ordinal))) continue;
            return false;
        }
        return true;
    }

    /// <summary>Whether the scan found this path: a content file, the site settings or an asset.</summary>
    public bool Has(string path) => Found.Contains(path);

    /// <summary>The place of a content file in <see cref="Files"/>; null for any other path.</summary>
    public int? IndexOf(string path) => (_indexes ??= Files.Select((f, i) => (f.Path, i)).ToDictionary(StringComparer.Ordinal)).TryGetValue(path, out var i) ? i : null;

    // Made once per scan, as a session asks after every save.
    private HashSet<string>? _found;
    private Dictionary<string, int>? _indexes;

    private HashSet<string> Found => _found ??= Files.Select(f => f.Path).Append(ContentScanner.SiteFile)
        .Concat(Assets.Select(a => $"{ContentScanner.AssetsFolder}/{a}")).ToHashSet(StringComparer.Ordinal);

    // The scan never looks at templates; the template catalog reads them on every build.
    private static bool IsTemplate(string path) => path == "templates" || path.StartsWith("templates/", StringComparison.Ordinal);
}
