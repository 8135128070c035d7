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

    public static string Of(IEnumerable<string> parts) => Of(string.Join('\u001f', parts));

    /// <summary>The whole hash of a file's bytes: a file is rewritten only when it differs.</summary>
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>
    /// <see cref="Of(ReadOnlySpan{byte})"/> of bytes that are never changed once made, kept with the
    /// array: a file a session made last time and hands back unchanged is not hashed again.
    /// </summary>
    public static string OfFile(byte[] bytes) => FileHashes.GetValue(bytes, b => Of(b.AsSpan()));

    private static readonly ConditionalWeakTable<byte[], string> FileHashes = new();
}
