using Trackside.Model;
using Trackside.Validate;

namespace Trackside.Scaffold;

/// <summary>The items that already exist in a source folder, read from file names as the build reads them.</summary>
public static class SiteIds
{
    /// <summary>The valid ids of a kind's files, in ordinal order (hidden files and links are skipped, as the build skips them).</summary>
    public static IReadOnlyList<string> Of(string sourceRoot, ContentKind kind)
    {
        var folder = Path.Combine(sourceRoot, kind.SourceFolder());
        if (!Directory.Exists(folder)) return [];
        return new DirectoryInfo(folder).EnumerateFiles()
            .Where(f => !f.Name.StartsWith('.') && f.LinkTarget is null && f.Extension == kind.FileExtension())
            .Select(f => Path.GetFileNameWithoutExtension(f.Name))
            .Where(IdRules.IsValid)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// The path (relative to the source folder, with '/') of an entry in the kind's folder whose name
    /// without extension equals <paramref name="id"/> ignoring case, whatever its extension; null when there is none.
    /// </summary>
    public static string? Clash(string sourceRoot, ContentKind kind, string id)
    {
        var folder = Path.Combine(sourceRoot, kind.SourceFolder());
        var exact = Path.Combine(folder, id + kind.FileExtension());
        if (File.Exists(exact) || Directory.Exists(exact)) return $"{kind.SourceFolder()}/{id}{kind.FileExtension()}";
        if (!Directory.Exists(folder)) return null;
        return new DirectoryInfo(folder).EnumerateFileSystemInfos()
            .Where(e => string.Equals(Path.GetFileNameWithoutExtension(e.Name), id, StringComparison.OrdinalIgnoreCase))
            .Select(e => $"{kind.SourceFolder()}/{e.Name}")
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();
    }
}
