using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;

namespace Trackside.Diagnostics;

/// <summary>
/// The decoded text of every file read in a build, so a diagnostic can quote the line it points at.
/// Kept as UTF-8, half the memory of .NET strings: a large site's text is held for the whole build.
/// </summary>
public sealed class SourceFiles
{
    private readonly ConcurrentDictionary<string, byte[]> _texts = new(StringComparer.Ordinal);

    // Texts a session keeps from build to build, handed over whole rather than file by file.
    private ImmutableDictionary<string, byte[]> _kept = ImmutableDictionary<string, byte[]>.Empty;

    public void Add(string path, string text) => _texts[path] = Encoding.UTF8.GetBytes(text);

    /// <summary>Keeps a text already held as UTF-8 (without a byte-order mark), as read from its file.</summary>
    public void Add(string path, byte[] utf8) => _texts[path] = utf8;

    /// <summary>Adds the texts a session keeps, as UTF-8 without a byte-order mark; a text added one by one comes first.</summary>
    public void Keep(ImmutableDictionary<string, byte[]> texts) => _kept = texts;

    public string? Text(string path) => Utf8(path) is { } bytes ? Encoding.UTF8.GetString(bytes) : null;

    /// <summary>The text as kept, in UTF-8; null when unknown. Never changed after it is added, so it can be shared.</summary>
    public byte[]? Utf8(string path) => _texts.GetValueOrDefault(path) ?? _kept.GetValueOrDefault(path);

    /// <summary>The 1-based line of a file, without its line ending; null when unknown.</summary>
    public string? Line(string path, int line)
    {
        if (Utf8(path) is not { } bytes || line < 1) return null;
        ReadOnlySpan<byte> rest = bytes;
        for (var current = 1; current < line; current++)
        {
            var next = rest.IndexOf((byte)'\n');
            if (next < 0) return null;
            rest = rest[(next + 1)..];
        }
        var end = rest.IndexOf((byte)'\n');
        return Encoding.UTF8.GetString(end < 0 ? rest : rest[..end]).TrimEnd('\r');
    }
}
