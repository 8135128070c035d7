using System.Collections.Concurrent;
using Trackside.Diagnostics;

namespace Trackside.Load;

/// <summary>
/// Files read by earlier builds of a long-running session (<c>serve</c>): a file whose size and
/// modification time are unchanged is not read or parsed again, and its diagnostics are replayed.
/// </summary>
public sealed class LoadCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    private sealed record Entry((long Length, DateTime Modified) Stamp, ContentFile File, string? Text, IReadOnlyList<Diagnostic> Diagnostics);

    /// <summary>The file as an earlier build read it, with its diagnostics replayed, when its size and time are unchanged; else null.</summary>
    internal ContentFile? Reuse(string fullPath, string path, DiagnosticBag diagnostics, SourceFiles sources)
    {
        if (!_entries.TryGetValue(path, out var entry) || entry.Stamp != Stamp(fullPath)) return null;
        if (entry.Text is not null) sources.Add(path, entry.Text);
        diagnostics.AddRange(entry.Diagnostics);
        return entry.File;
    }

    /// <summary>Reads the file and keeps it for later builds. Safe to call from many threads.</summary>
    internal ContentFile Read(string fullPath, string path, Func<DiagnosticBag, ContentFile> read, DiagnosticBag diagnostics, SourceFiles sources)
    {
        var stamp = Stamp(fullPath); // taken before reading: a write during the read shows as a change next time
        var own = new DiagnosticBag();
        var file = read(own);
        _entries[path] = new Entry(stamp, file, sources.Text(path), own.All());
        diagnostics.AddRange(own.All());
        return file;
    }

    private static (long Length, DateTime Modified) Stamp(string fullPath)
    {
        var info = new FileInfo(fullPath);
        return info.Exists ? (info.Length, info.LastWriteTimeUtc) : (-1, DateTime.MinValue);
    }
}
