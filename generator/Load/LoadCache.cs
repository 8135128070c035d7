using System.Collections.Concurrent;
using Trackside.Diagnostics;

namespace Trackside.Load;

/// <summary>
/// Files read by earlier builds of a long-running session (<c>serve</c>): a file whose size and
/// modification time are unchanged is not read or parsed again, and its diagnostics are replayed.
/// When the session is told which paths changed (a file watcher's report) and the last scan still
/// holds, the folder is not scanned again and only the changed files are looked at: a changed file
/// is always read again, even when an edit kept its size and time.
/// </summary>
public sealed class LoadCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private ContentScan? _scan;
    private IReadOnlySet<string>? _changed;

    private sealed record Entry((long Length, DateTime Modified) Stamp, ContentFile File, byte[]? Utf8, IReadOnlyList<Diagnostic> Diagnostics);

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
        }
        return _scan!;
    }

    /// <summary>The file as an earlier build read it, with its diagnostics replayed, when it has not changed; else null.</summary>
    internal ContentFile? Reuse(string fullPath, string path, DiagnosticBag diagnostics, SourceFiles sources)
    {
        if (!_entries.TryGetValue(path, out var entry)) return null;
        if (_changed is null ? entry.Stamp != Stamp(fullPath) : _changed.Contains(path)) return null;
        if (entry.Utf8 is not null) sources.Add(path, entry.Utf8);
        diagnostics.AddRange(entry.Diagnostics);
        return entry.File;
    }

    /// <summary>Reads the file and keeps it for later builds. Safe to call from many threads.</summary>
    internal ContentFile Read(string fullPath, string path, Func<DiagnosticBag, ContentFile> read, DiagnosticBag diagnostics, SourceFiles sources)
    {
        var stamp = Stamp(fullPath); // taken before reading: a write during the read shows as a change next time
        var own = new DiagnosticBag();
        var file = read(own);
        _entries[path] = new Entry(stamp, file, sources.Utf8(path), own.All());
        diagnostics.AddRange(own.All());
        return file;
    }

    private static (long Length, DateTime Modified) Stamp(string fullPath)
    {
        var info = new FileInfo(fullPath);
        return info.Exists ? (info.Length, info.LastWriteTimeUtc) : (-1, DateTime.MinValue);
    }
}
