using Trackside.Load;
using Trackside.Render;
using Trackside.Render.Extras;

namespace Trackside.Build;

/// <summary>
/// The files of <c>content/assets/</c> with their bytes, kept between the builds of a session: an asset
/// is read again only when the file watcher names it (or a folder holding it), or when it is not known
/// what changed. A kept file is the same array, so its hash is not made again either.
/// </summary>
internal sealed class AssetFiles
{
    private Dictionary<string, GeneratedFile> _kept = new(StringComparer.Ordinal);

    /// <param name="assets">The asset paths, relative to <c>content/assets/</c>.</param>
    /// <param name="changed">The source paths changed since the last build; null when not known.</param>
    public IReadOnlyList<GeneratedFile> Read(string sourceFolder, IReadOnlyList<string> assets, IReadOnlyCollection<string>? changed)
    {
        bool Changed(string source) => changed is null || changed.Any(c => source == c || source.StartsWith(c + "/", StringComparison.Ordinal));
        var files = assets.Select(asset => (Asset: asset, Source: $"{ContentScanner.AssetsFolder}/{asset}"))
            .Select(a => !Changed(a.Source) && _kept.TryGetValue(a.Asset, out var kept)
                ? kept
                : new GeneratedFile(SitePaths.Asset(a.Asset), File.ReadAllBytes(Path.Combine(sourceFolder, a.Source))))
            .ToList();
        _kept = assets.Zip(files).ToDictionary(x => x.First, x => x.Second, StringComparer.Ordinal);
        return files;
    }
}
