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

    private sealed record Entry(long Length, DateTime Modified, ContentFile File, string? Text, IReadOnlyList<Diagnostic> Diagnostics);

    internal ContentFile GetOrRead(string fullPath, string path, Func<DiagnosticBag, ContentFile> read, DiagnosticBag diagnostics, SourceFiles sources)
    {
        var info = new FileInfo(fullPath);
        var (length, modified) = info.Exists ? (info.Length, info.LastWriteTimeUtc) : (-1, DateTime.MinValue);
        if (_entries.TryGetValue(path, out var entry) && entry.Length == length && entry.Modified == modified)
        {
            if (entry.Text is not null) sources.Add(path, entry.Text);
            diagnostics.AddRange(entry.Diagnostics);
            return entry.File;
        }
        var own = new DiagnosticBag();
        var file = read(own);
        _entries[path] = new Entry(length, modified, file, sources.Text(path), own.All());
        diagnostics.AddRange(own.All());
        return file;
    }
}
