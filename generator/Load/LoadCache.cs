using System.Collections.Concurrent;
using System.Collections.Immutable;
using Trackside.Diagnostics;

namespace Trackside.Load;

/// <summary>
/// Files read by earlier builds of a long-running session (<c>serve</c>): a file whose size and
/// modification time are unchanged is not read or parsed again, and its diagnostics are replayed.
/// When the session is told which paths changed (a file watcher's report) and the last scan still
/// holds, the folder is not scanned again and only the changed files are looked at: a changed file
/// is always read again, even when an edit kept its size and time. Then the last build's files are
/// taken as a whole, so a save costs in proportion to the files it changed, not to the site's size.
/// </summary>
public sealed class LoadCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private ContentScan? _scan;
    private IReadOnlySet<string>? _changed;

    // The files the last build loaded from _scan, in its order; null when none was loaded from it.
    private ContentFile[]? _loaded;

    // The text of each file read (a snapshot is handed to each build's sources) and the diagnostics of
    // the files that have any, so that neither is gathered file by file on every build.
    private ImmutableDictionary<string, byte[]> _texts = ImmutableDictionary.Create<string, byte[]>(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyList<Diagnostic>> _diagnosed = new(StringComparer.Ordinal);
    private readonly Lock _textsLock = new();

    private sealed record Entry((long Length, DateTime Modified) Stamp, ContentFile File, IReadOnlyList<Diagnostic> Diagnostics);

    /// <summary>
    /// The scan to load from: the last one when <paramref name="changed"/> (null: not known) leaves it
    /// standing, else a new one. Until the next call, files are reused by the changed paths when the
    /// last scan was kept, and by their size and time otherwise (a folder moved in brings files no
    /// event named).
    /// </summary>
    internal ContentScan Scan(string sourceRoot, IReadOnlyCollection<string>? changed)
    {
        var kept = changed is not null && _scan is not null && _scan.Survives(sourceRoot, changed);
        _changed = kept ? changed!.ToHashSet(StringComparer.Ordinal) : null;
        if (!kept)
        {
            foreach (var path in changed ?? []) _entries.TryRemove(path, out _);
            _scan = ContentScan.Of(sourceRoot);
            _loaded = null;
            Forget(path => !_scan.Has(path));
        }
        return _scan!;
    }

    /// <summary>
    /// The files of <see cref="Scan"/>'s result that are unchanged since an earlier build, as it read them,
    /// with null for each file to read again; their diagnostics are replayed.
    /// </summary>
    internal ContentFile?[] Unchanged(string sourceRoot, DiagnosticBag diagnostics)
    {
        var found = _scan!.Files;
        if (_loaded is null || _changed is null)
            return found.Select(f => Reuse(Path.Combine(sourceRoot, f.Path), f.Path, diagnostics)).ToArray();

        // The same scan as the last build's, and the watcher named every change: only those files differ.
        var files = (ContentFile?[])_loaded.Clone();
        foreach (var path in _changed)
            if (_scan.IndexOf(path) is { } index) files[index] = null;
        foreach (var (path, own) in _diagnosed)
            if (!_changed.Contains(path) && _scan.IndexOf(path) is not null) diagnostics.AddRange(own);
        return files;
    }

    /// <summary>The file as an earlier build read it, with its diagnostics replayed, when it has not changed; else null.</summary>
    internal ContentFile? Reuse(string fullPath, string path, DiagnosticBag diagnostics)
    {
        if (!_entries.TryGetValue(path, out var entry)) return null;
        if (_changed is null ? entry.Stamp != Stamp(fullPath) : _changed.Contains(path)) return null;
        if (entry.Diagnostics.Count > 0) diagnostics.AddRange(entry.Diagnostics);
        return entry.File;
    }

    /// <summary>Reads the file and keeps it for later builds. Safe to call from many threads.</summary>
    internal ContentFile Read(string fullPath, string path, Func<DiagnosticBag, SourceFiles, ContentFile> read, DiagnosticBag diagnostics)
    {
        var stamp = Stamp(fullPath); // taken before reading: a write during the read shows as a change next time
        var own = new DiagnosticBag();
        var text = new SourceFiles();
        var file = read(own, text);
        var found = own.All();
        _entries[path] = new Entry(stamp, file, found);
        if (found.Count > 0) _diagnosed[path] = found;
        else _diagnosed.TryRemove(path, out _);
        lock (_textsLock) _texts = text.Utf8(path) is { } utf8 ? _texts.SetItem(path, utf8) : _texts.Remove(path);
        diagnostics.AddRange(found);
        return file;
    }

    /// <summary>Notes the files a build loaded from the scan, in its order, and hands the build the text of every file read.</summary>
    internal void Loaded(ContentFile[] files, SourceFiles sources)
    {
        _loaded = files;
        sources.Keep(_texts);
    }

    // Drops what is kept of the files the current scan no longer has (deleted or moved away).
    private void Forget(Func<string, bool> gone)
    {
        foreach (var path in _entries.Keys.Where(gone)) _entries.TryRemove(path, out _);
        foreach (var path in _diagnosed.Keys.Where(gone)) _diagnosed.TryRemove(path, out _);
        lock (_textsLock) _texts = _texts.RemoveRange(_texts.Keys.Where(gone).ToList());
    }

    private static (long Length, DateTime Modified) Stamp(string fullPath)
    {
        var info = new FileInfo(fullPath);
        return info.Exists ? (info.Length, info.LastWriteTimeUtc) : (-1, DateTime.MinValue);
    }
}
