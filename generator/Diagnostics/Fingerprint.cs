using System.Security.Cryptography;
using System.Text;

namespace Trackside.Diagnostics;

/// <summary>Short content hashes, for telling whether an input or a page changed between builds.</summary>
public static class Fingerprint
{
    public static string Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 12);

    public static string Of(IEnumerable<string> parts) => Of(string.Join('\u001f', parts));

    /// <summary>The whole hash of a file's bytes: a file is rewritten only when it differs.</summary>
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
