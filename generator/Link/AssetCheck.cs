using Trackside.Diagnostics;

namespace Trackside.Link;

/// <summary>Images name files in content/assets/.</summary>
internal static class AssetCheck
{
    /// <summary>Reports an image whose file is not in content/assets/, with the nearest name there.</summary>
    public static void Report(string src, SourceSpan span, IReadOnlyList<string> assets, DiagnosticBag diagnostics) =>
        diagnostics.Error(Codes.MissingAsset, span, $"the image `{src}` is not in content/assets/",
            Suggest.DidYouMean(AssetPath(src), assets) ?? "put the file in content/assets/ and give its name relative to that folder");

    /// <summary>Image paths are relative to content/assets/; an "assets/" prefix is accepted too.</summary>
    public static string AssetPath(string src)
    {
        var path = src.Replace('\\', '/').TrimStart('/');
        return path.StartsWith("assets/", StringComparison.Ordinal) ? path["assets/".Length..] : path;
    }
}
