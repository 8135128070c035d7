using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;

namespace Trackside.Diagnostics;

/// <summary>Short content hashes, for telling whether an input or a page changed between builds.</summary>
public static class Fingerprint
{
    public static string Of(string text) => OfUtf8(Encoding.UTF8.GetBytes(text));

    /// <summary>The same as <see cref="Of(string)"/> for a text already encoded as UTF-8.</summary>
    public static string OfUtf8(ReadOnlySpan<byte> utf8) => Convert.ToHexStringLower(SHA256.HashData(utf8), 0, 12);

    /// <summary>
    /// <see cref="Of(string)"/> of the parts joined by U+001F, hashed part by part: a page that lists thousands of items
    /// would otherwise make a joined string and its UTF-8 copy of megabytes, each a large-object allocation.
    /// </summary>
    public static string Of(IEnumerable<string> parts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(1024);
        try
        {
            var first = true;
            foreach (var part in parts)
            {
                if (!first) hash.AppendData(Separator);
                first = false;
                var size = Encoding.UTF8.GetMaxByteCount(part.Length);
                if (size > buffer.Length)
                {
                    var larger = System.Buffers.ArrayPool<byte>.Shared.Rent(size);
                    System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
                hash.AppendData(buffer, 0, Encoding.UTF8.GetBytes(part, buffer));
            }
            return Convert.ToHexStringLower(hash.GetHashAndReset(), 0, 12);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static readonly byte[] Separator = [0x1f];

    /// <summary>The whole hash of a file's bytes: a file is rewritten only when it differs.</summary>
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>
    /// <see cref="Of(ReadOnlySpan{byte})"/> of bytes that are never changed once made, kept with the
    /// array: a file a session made last time and hands back unchanged is not hashed again.
    /// </summary>
    public static string OfFile(byte[] bytes) => FileHashes.GetValue(bytes, b => Of(b.AsSpan()));

    private static readonly ConditionalWeakTable<byte[], string> FileHashes = new();
}
