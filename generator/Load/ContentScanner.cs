using Trackside.Diagnostics;
using Trackside.Model;

namespace Trackside.Load;

/// <summary>
/// Finds the content files and assets of a source folder. Files in the wrong place or with the wrong
/// extension are reported as warnings (they would otherwise vanish from the site without a word),
/// and symbolic links are never followed.
/// </summary>
public sealed class ContentScanner(string sourceRoot, DiagnosticBag diagnostics)
{
    public const string SiteFile = "content/site.yaml";
    public const string AssetsFolder = "content/assets";

    public IReadOnlyList<(string Path, ContentKind Kind)> ContentFiles()
    {
        var found = new List<(string, ContentKind)>();
        foreach (var kind in ContentKinds.Items)
        {
            var folder = Path.Combine(sourceRoot, kind.SourceFolder());
            if (!Directory.Exists(folder) || IsLinkedFolder(kind.SourceFolder())) continue;
            foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                var path = Relative(entry.FullName);
                if (entry.Name.StartsWith('.') || IsLink(entry, path)) continue;
                if (entry is DirectoryInfo)
                    Ignore(path, $"folders inside {kind.SourceFolder()}/ are not read", $"move its files up into {kind.SourceFolder()}/");
                else if (entry.Extension == kind.FileExtension())
                    found.Add((path, kind));
                else
                    Ignore(path, $"only {kind.FileExtension()} files in {kind.SourceFolder()}/ are read", SuggestRename(entry, kind));
            }
        }
        return found;
    }

    /// <summary>Asset files, relative to <c>content/assets/</c>, with forward slashes.</summary>
    public IReadOnlyList<string> Assets()
    {
        var root = Path.Combine(sourceRoot, AssetsFolder);
        if (!Directory.Exists(root) || IsLinkedFolder(AssetsFolder)) return [];
        var assets = new List<string>();
        var pending = new Stack<DirectoryInfo>([new DirectoryInfo(root)]);
        while (pending.Count > 0)
        {
            foreach (var entry in pending.Pop().EnumerateFileSystemInfos())
            {
                if (entry.Name.StartsWith('.') || IsLink(entry, Relative(entry.FullName))) continue;
                if (entry is DirectoryInfo directory) pending.Push(directory);
                else assets.Add(Path.GetRelativePath(root, entry.FullName).Replace('\\', '/'));
            }
        }
        assets.Sort(StringComparer.Ordinal);
        return assets;
    }

    public string Relative(string fullPath) => Path.GetRelativePath(sourceRoot, fullPath).Replace('\\', '/');

    // A content folder that is itself a link (or sits under one) could pull in files from anywhere.
    private bool IsLinkedFolder(string relativeFolder)
    {
        var path = sourceRoot;
        foreach (var part in relativeFolder.Split('/'))
        {
            path = Path.Combine(path, part);
            if (IsLink(new DirectoryInfo(path), Relative(path))) return true;
        }
        return false;
    }

    private bool IsLink(FileSystemInfo entry, string path)
    {
        if (entry.LinkTarget is null) return false;
        diagnostics.Warning(Codes.IgnoredFile, SourceSpan.WholeFile(path),
            "symbolic links are not followed, so this entry is left out of the site",
            "replace the link with a copy of the file");
        return true;
    }

    private void Ignore(string path, string why, string? hint) =>
        diagnostics.Warning(Codes.IgnoredFile, SourceSpan.WholeFile(path), $"this file is ignored: {why}", hint);

    private static string? SuggestRename(FileSystemInfo file, ContentKind kind) =>
        file.Extension is ".yml" or ".yaml" or ".md" or ".markdown"
            ? $"rename it to {Path.GetFileNameWithoutExtension(file.Name)}{kind.FileExtension()}"
            : null;
}
