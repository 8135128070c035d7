using System.Security.Cryptography;

namespace Trackside.Tests.Support;

/// <summary>Every file of a folder with a hash of its bytes: to prove a folder was left unchanged.</summary>
public static class FolderSnapshot
{
    public static IReadOnlyDictionary<string, string> Take(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(
                f => Path.GetRelativePath(folder, f).Replace('\\', '/'),
                f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
}
