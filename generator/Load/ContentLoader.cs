using System.Buffers;
using Trackside.Diagnostics;
using Trackside.Model;

namespace Trackside.Load;

/// <summary>Stage 1: reads every content file of a source folder into located YAML trees.</summary>
public static class ContentLoader
{
    /// <summary>
    /// Reads all files in parallel. Never throws for bad content: each unreadable, oversized,
    /// non-UTF-8, empty or malformed file is reported and comes back as a broken <see cref="ContentFile"/>.
    /// </summary>
    /// <param name="changed">With a cache: the paths changed since its last load, as a file watcher reported them; null when not known.</param>
    public static LoadedContent<ContentFile> Load(string sourceRoot, Limits limits, DiagnosticBag diagnostics, SourceFiles sources, LoadCache? cache = null,
        IReadOnlyCollection<string>? changed = null) =>
        Load(sourceRoot, limits, diagnostics, sources, file => file, cache, changed);

    /// <summary>
    /// Reads all files in the same way, and keeps of each (site.yaml apart) what <paramref name="settle"/> makes of it on the thread that read it: a full
    /// build checks and binds each file there, so its YAML tree is garbage before the next file is read instead of
    /// surviving, with all the others, into the older generations of the heap.
    /// </summary>
    public static LoadedContent<T> Load<T>(string sourceRoot, Limits limits, DiagnosticBag diagnostics, SourceFiles sources, Func<ContentFile, T> settle,
        LoadCache? cache = null, IReadOnlyCollection<string>? changed = null)
    {
        var scan = cache?.Scan(sourceRoot, changed) ?? ContentScan.Of(sourceRoot);
        diagnostics.AddRange(scan.Warnings);
        var found = scan.Files;
        if (found.Count > limits.MaxFiles)
        {
            diagnostics.Error(Codes.FileTooLarge, SourceSpan.WholeFile("content"),
                $"the site has {found.Count} content files, more than the limit of {limits.MaxFiles}");
            return new LoadedContent<T>(null, [], []);
        }

        ContentFile ReadFile(string path, ContentKind kind) => cache is null
            ? Read(sourceRoot, path, kind, limits, diagnostics, sources)
            : cache.Read(Path.Combine(sourceRoot, path), path, (own, text) => Read(sourceRoot, path, kind, limits, own, text), diagnostics);

        // Unchanged files from the cache (without a look at each when the watcher named the changes), then the others in parallel.
        // The cache keeps the files themselves for the next build, whatever settle makes of them.
        var kept = cache?.Unchanged(sourceRoot, diagnostics) ?? new ContentFile?[found.Count];
        var forCache = cache is null ? null : new ContentFile[found.Count];
        var files = new T[found.Count];
        T Settle(int i, ContentFile file)
        {
            if (forCache is not null) forCache[i] = file;
            return settle(file);
        }
        var toRead = new List<int>();
        for (var i = 0; i < files.Length; i++)
        {
            if (kept[i] is { } reused) files[i] = Settle(i, reused);
            else toRead.Add(i);
        }
        Parallel.ForEach(toRead, i => files[i] = Settle(i, ReadFile(found[i].Path, found[i].Kind)));

        var site = File.Exists(Path.Combine(sourceRoot, ContentScanner.SiteFile))
            ? cache?.Reuse(Path.Combine(sourceRoot, ContentScanner.SiteFile), ContentScanner.SiteFile, diagnostics) ?? ReadFile(ContentScanner.SiteFile, ContentKind.Site)
            : null;
        if (forCache is not null) cache!.Loaded(forCache, sources);
        return new LoadedContent<T>(site, files, scan.Assets);
    }

    private static ContentFile Read(string root, string path, ContentKind kind, Limits limits, DiagnosticBag diagnostics, SourceFiles sources)
    {
        var id = Path.GetFileNameWithoutExtension(path);
        if (ReadBytes(root, path, limits, diagnostics) is not var (bytes, length)) return new ContentFile(path, kind, id, null, null);
        // The file's bytes and text live only while it is parsed, so both are borrowed: allocated anew, they were a third of
        // what a full build's load allocated, and every megabyte allocated brings the next garbage collection nearer.
        var chars = ArrayPool<char>.Shared.Rent(length);
        try
        {
            if (SourceDecoder.Decode(path, bytes.AsSpan(0, length), chars, diagnostics) is not { } count) return new ContentFile(path, kind, id, null, null);
            // The file's own bytes serve as the kept source and the fingerprint's input: no encoding back.
            var utf8 = SourceFiles.WithoutBom(bytes.AsSpan(0, length));
            var fingerprint = Fingerprint.OfUtf8(utf8);
            sources.Add(path, utf8, fingerprint);
            return Parse(path, kind, id, chars.AsSpan(0, count), fingerprint, limits, diagnostics);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    private static ContentFile Parse(string path, ContentKind kind, string id, ReadOnlySpan<char> text, string fingerprint, Limits limits, DiagnosticBag diagnostics)
    {
        if (text.IsWhiteSpace())
        {
            diagnostics.Error(Codes.EmptyFile, SourceSpan.WholeFile(path), $"the file {path} is empty",
                $"fill in at least the required fields of {Article(kind)}, or delete the file");
            return new ContentFile(path, kind, id, null, null);
        }

        MarkdownSource? body = null;
        var yaml = text;
        var origin = new TextOrigin(1, 1);
        if (kind == ContentKind.Explanation)
        {
            var split = FrontMatter.Split(path, text, diagnostics);
            if (split is null) return new ContentFile(path, kind, id, null, null);
            yaml = text[split.Value.Yaml];
            body = split.Value.Body;
            origin = new TextOrigin(2, 1);
        }

        var tree = YamlTreeReader.Read(path, yaml, origin, diagnostics, limits.MaxYamlDepth);
        if (tree is DocMap map) return new ContentFile(path, kind, id, map, body) { Fingerprint = fingerprint };
        if (tree is not null)
            diagnostics.Error(Codes.WrongType, tree.Span, $"{Article(kind)} file must be a block of `field: value` lines, but this is {tree.KindName}",
                "start each line with a field name, like `title: ...`");
        else if (!diagnostics.HasErrorsFor(path))
            diagnostics.Error(Codes.EmptyFile, SourceSpan.WholeFile(path),
                kind == ContentKind.Explanation ? "the front matter has no fields" : "the file has no fields (it is empty or holds only comments)",
                kind == ContentKind.Explanation ? "add at least `title:` and `summary:` between the '---' lines" : $"fill in at least the required fields of {Article(kind)}");
        return new ContentFile(path, kind, id, null, body);
    }

    /// <summary>The file's bytes, the first Length of an array rented from the shared pool (the caller returns it); null after reporting why not.</summary>
    private static (byte[] Bytes, int Length)? ReadBytes(string root, string path, Limits limits, DiagnosticBag diagnostics)
    {
        var full = Path.Combine(root, path);
        try
        {
            var (length, bytes) = SourceBytes.Read(full, limits.MaxFileBytes, ArrayPool<byte>.Shared);
            if (bytes is not null) return (bytes, (int)length);
            diagnostics.Error(Codes.FileTooLarge, SourceSpan.WholeFile(path),
                $"the file is {length / 1024} KB, more than the limit of {limits.MaxFileBytes / 1024} KB per file",
                "split it into several items");
            return null;
        }
        catch (IOException e)
        {
            diagnostics.Error(Codes.Unreadable, SourceSpan.WholeFile(path), $"the file could not be read: {e.Message}");
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            diagnostics.Error(Codes.Unreadable, SourceSpan.WholeFile(path), "the file could not be read: permission denied");
            return null;
        }
    }

    internal static string Article(ContentKind kind) => kind switch
    {
        ContentKind.Exercise or ContentKind.Explanation => "an " + kind.Noun(),
        ContentKind.Site => "the site settings",
        _ => "a " + kind.Noun(),
    };
}
