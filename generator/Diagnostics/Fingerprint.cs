using System.IO.Hashing;
using System.Runtime.CompilerServices;
using System.Text;

namespace Trackside.Diagnostics;

/// <summary>
/// Content hashes, for telling whether an input or a page changed between builds. They guard against
/// change, not forgery, so they are XXH128: SHA-256 through OpenSSL took some 6% of a 10,000-exercise
/// build's CPU time, most of it setting up a digest for each page's inputs.
/// </summary>
public static class Fingerprint
{
    public static string Of(string text) => OfUtf8(Encoding.UTF8.GetBytes(text));

    /// <summary>The same as <see cref="Of(string)"/> for a text already encoded as UTF-8.</summary>
    public static string OfUtf8(ReadOnlySpan<byte> utf8)
    {
        Span<byte> hash = stackalloc byte[16];
        XxHash128.Hash(utf8, hash);
        return Short(hash);
    }

    /// <summary>
    /// <see cref="Of(string)"/> of the parts joined by U+001F, hashed part by part: a page that lists thousands of items
    /// would otherwise make a joined string and its UTF-8 copy of megabytes, each a large-object allocation.
    /// </summary>
    public static string Of(IEnumerable<string> parts)
    {
        var hash = _reused ??= new XxHash128();
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(1024);
        try
        {
            var first = true;
            foreach (var part in parts)
            {
                if (!first) hash.Append(Separator);
                first = false;
                var size = Encoding.UTF8.GetMaxByteCount(part.Length);
                if (size > buffer.Length)
                {
                    var larger = System.Buffers.ArrayPool<byte>.Shared.Rent(size);
                    System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
                hash.Append(buffer.AsSpan(0, Encoding.UTF8.GetBytes(part, buffer)));
            }
            Span<byte> result = stackalloc byte[16];
            hash.GetCurrentHash(result);
            return Short(result);
        }
        finally
        {
            hash.Reset(); // the next call on this thread starts from it, also after a part that threw
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // One hash state per thread, reset after each use: pages are fingerprinted by the thousand, in parallel.
    [ThreadStatic] private static XxHash128? _reused;

    private static readonly byte[] Separator = [0x1f];

    /// <summary>The whole hash of a file's bytes: a file is rewritten only when it differs.</summary>
    public static string Of(ReadOnlySpan<byte> bytes)
    {
        Span<byte> hash = stackalloc byte[16];
        XxHash128.Hash(bytes, hash);
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>
    /// <see cref="Of(ReadOnlySpan{byte})"/> of bytes that are never changed once made, kept with the
    /// array: a file a session made last time and hands back unchanged is not hashed again.
    /// </summary>
    public static string OfFile(byte[] bytes) => FileHashes.GetValue(bytes, b => Of(b.AsSpan()));

    private static readonly ConditionalWeakTable<byte[], string> FileHashes = new();

    // 96 of the 128 bits, as before: 24 hexadecimal digits.
    private static string Short(ReadOnlySpan<byte> hash) => Convert.ToHexStringLower(hash[..12]);
}
