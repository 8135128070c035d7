using Trackside.Diagnostics;

namespace Trackside.Link;

/// <summary>Checks that an image names a file in content/assets/.</summary>
internal static class AssetCheck
{
    public static bool Exists(string src, SourceSpan span, IReadOnlyList<string> assets, DiagnosticBag diagnostics)
    {
        var path = AssetPath(src);
        if (assets.Contains(path, StringComparer.Ordinal)) return true;
        diagnostics.Error(Codes.MissingAsset, span, $"the image `{src}` is not in content/assets/",
            Suggest.DidYouMean(path, assets) ?? "put the file in content/assets/ and give its name relative to that folder");
        return false;
    }

    /// <summary>Image paths are relative to content/assets/; an "assets/" prefix is accepted too.</summary>
    public static string AssetPath(string src)
    {
        var path = src.Replace('\\', '/').TrimStart('/');
        return path.StartsWith("assets/", StringComparison.Ordinal) ? path["assets/".Length..] : path;
    }
}
