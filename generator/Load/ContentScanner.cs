using System.IO.Enumeration;
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
            foreach (var (name, isFolder) in Entries(folder).OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                var path = $"{kind.SourceFolder()}/{name.Replace('\\', '/')}"; // what Relative makes of it, without the cost of full paths
                if (isFolder)
                    Ignore(path, $"folders inside {kind.SourceFolder()}/ are not read", $"move its files up into {kind.SourceFolder()}/");
                else if (Path.GetExtension(name) == kind.FileExtension())
                    found.Add((path, kind));
                else
                    Ignore(path, $"only {kind.FileExtension()} files in {kind.SourceFolder()}/ are read", SuggestRename(name, kind));
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
        var pending = new Stack<string>([root]);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            foreach (var (name, isFolder) in Entries(folder))
            {
                var full = Path.Join(folder, name);
                if (isFolder) pending.Push(full);
                else assets.Add(Path.GetRelativePath(root, full).Replace('\\', '/'));
            }
        }
        assets.Sort(StringComparer.Ordinal);
        return assets;
    }

    public string Relative(string fullPath) => Path.GetRelativePath(sourceRoot, fullPath).Replace('\\', '/');

    /// <summary>
    /// The entries of a folder that are read or reported, each with whether it is a folder: neither hidden nor a symbolic
    /// link (each link is reported). Known from the folder's listing alone: a FileSystemInfo costs a system call for every
    /// entry (lstat), and asking it whether it is a link another (readlink), some 26,000 calls for a site of 13,000 files.
    /// A listing cannot tell links apart, but one that leaves them out can: the entries only in the first are links, or
    /// were deleted in between, which the check of each tells apart.
    /// </summary>
    private IEnumerable<(string Name, bool IsFolder)> Entries(string folder)
    {
        var all = new FileSystemEnumerable<(string Name, bool IsFolder)>(folder, (ref entry) => (entry.FileName.ToString(), entry.IsDirectory), Listing)
            .Where(e => !e.Name.StartsWith('.')).ToList();
        var notLinks = new FileSystemEnumerable<string>(folder, (ref entry) => entry.FileName.ToString(), ListingWithoutLinks).ToHashSet(StringComparer.Ordinal);
        return all.Where(e => notLinks.Contains(e.Name) || !IsLink(new FileInfo(Path.Join(folder, e.Name)), Relative(Path.Join(folder, e.Name))));
    }

    // Hidden entries are left out as .NET's own listing does; on Linux they are the names starting with '.' (left out above), and
    // asking for the attribute would cost a system call for every entry.
    private static readonly EnumerationOptions Listing = new() { AttributesToSkip = OperatingSystem.IsLinux() ? 0 : FileAttributes.Hidden | FileAttributes.System };
    private static readonly EnumerationOptions ListingWithoutLinks = new() { AttributesToSkip = Listing.AttributesToSkip | FileAttributes.ReparsePoint };

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

    private static string? SuggestRename(string name, ContentKind kind) =>
        Path.GetExtension(name) is ".yml" or ".yaml" or ".md" or ".markdown"
            ? $"rename it to {Path.GetFileNameWithoutExtension(name)}{kind.FileExtension()}"
            : null;
}
