using Trackside.Diagnostics;
using Trackside.Load;

namespace Trackside.Validate;

/// <summary>
/// Asset names become web addresses and files on every reader's host: refuse names that break on
/// some of them (backslashes, control characters, device names) or clash on case-insensitive disks.
/// </summary>
public static class AssetRules
{
    public static void Check(IReadOnlyList<string> assets, DiagnosticBag diagnostics)
    {
        foreach (var asset in assets)
        {
            var bad = asset.FirstOrDefault(c => c == '\\' || char.IsControl(c) || "<>:\"|?*".Contains(c));
            if (bad != default || asset.Split('/').Any(IsDeviceName))
                diagnostics.Error(Codes.InvalidId, At(asset), $"the asset name `{asset}` cannot be published safely",
                    "rename it using letters, digits, '-', '_' and '.' only");
        }
        foreach (var clash in assets.GroupBy(a => a.ToLowerInvariant()).Where(g => g.Count() > 1))
        {
            diagnostics.Error(Codes.DuplicateId, At(clash.Last()),
                $"the assets {string.Join(" and ", clash)} differ only by upper/lower case and would overwrite each other on many hosts",
                "rename one of them");
        }
    }

    private static bool IsDeviceName(string part) => IdRules.IsDeviceName(Path.GetFileNameWithoutExtension(part).ToLowerInvariant());

    private static SourceSpan At(string asset) => SourceSpan.WholeFile($"{ContentScanner.AssetsFolder}/{asset}") with { Length = 0 };
}
