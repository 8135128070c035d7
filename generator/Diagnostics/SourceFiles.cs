using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;

namespace Trackside.Diagnostics;

/// <summary>
/// The decoded text of every file read in a build, so a diagnostic can quote the line it points at.
/// Kept as UTF-8, half the memory of .NET strings. A one-shot build keeps only a fingerprint of each
/// content file and reads the few it quotes again: a large site's text is not held for the whole build.
/// </summary>
public sealed class SourceFiles
{
    private readonly ConcurrentDictionary<string, byte[]> _texts = new(StringComparer.Ordinal);

    // Texts a session keeps from build to build, handed over whole rather than file by file.
    private ImmutableDictionary<string, byte[]> _kept = ImmutableDictionary<string, byte[]>.Empty;

    // With a root: the files left on disk, with the fingerprint of the text read, so a file changed since is never quoted.
    private readonly string? _root;
    private readonly ConcurrentDictionary<string, string> _onDisk = new(StringComparer.Ordinal);

    /// <summary>Keeps every text added.</summary>
    public SourceFiles() { }

    /// <summary>Leaves the files added with their fingerprint under <paramref name="root"/>, to read again when quoted.</summary>
    public SourceFiles(string root) => _root = root;

    public void Add(string path, string text) => _texts[path] = Encoding.UTF8.GetBytes(text);

    /// <summary>
    /// A text as read from its file under the root, as UTF-8 without a byte-order mark, with its
    /// <see cref="Fingerprint.OfUtf8"/>: a copy kept, or only its fingerprint when the files are left on disk.
    /// </summary>
    public void Add(string path, ReadOnlySpan<byte> utf8, string fingerprint)
    {
        if (_root is null) _texts[path] = utf8.ToArray();
        else _onDisk[path] = fingerprint;
    }

    /// <summary>Adds the texts a session keeps, as UTF-8 without a byte-order mark; a text added one by one comes first.</summary>
    public void Keep(ImmutableDictionary<string, byte[]> texts) => _kept = texts;

    public string? Text(string path) => Utf8(path) is { } bytes ? Encoding.UTF8.GetString(bytes) : null;

    /// <summary>The text as kept, in UTF-8; null when unknown. Never changed after it is added, so it can be shared.</summary>
    public byte[]? Utf8(string path) => _texts.GetValueOrDefault(path) ?? _kept.GetValueOrDefault(path) ?? ReadAgain(path);

    /// <summary>A file's bytes without the UTF-8 byte-order mark, if it starts with one.</summary>
    public static ReadOnlySpan<byte> WithoutBom(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith(Encoding.UTF8.Preamble) ? bytes[Encoding.UTF8.Preamble.Length..] : bytes;

    // A file left on disk, read again and kept from then on (diagnostics quote it line by line); null when it changed since.
    private byte[]? ReadAgain(string path)
    {
        if (_root is null || !_onDisk.TryGetValue(path, out var fingerprint)) return null;
        try
        {
            var utf8 = WithoutBom(File.ReadAllBytes(Path.Combine(_root, path)));
            return Fingerprint.OfUtf8(utf8) == fingerprint ? _texts.GetOrAdd(path, utf8.ToArray()) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

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
