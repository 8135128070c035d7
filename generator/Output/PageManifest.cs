namespace Trackside.Output;

/// <summary>
/// The input fingerprint of every page, published inside the site itself so it always describes the
/// files beside it (it is swapped in with them). The next build reuses pages whose inputs are unchanged.
/// </summary>
public static class PageManifest
{
    public const string FileName = ".trackside-manifest";

    public static IReadOnlyDictionary<string, string>? Read(string outputFolder)
    {
        var file = Path.Combine(outputFolder, FileName);
        if (!File.Exists(file)) return null;
        var pages = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(file))
        {
            var space = line.IndexOf(' ');
            if (space > 0) pages[line[(space + 1)..]] = line[..space];
        }
        return pages;
    }

    public static string Format(IReadOnlyDictionary<string, string> pages) =>
        string.Concat(pages.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Value} {p.Key}\n"));
}
