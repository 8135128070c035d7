using System.IO.Compression;
using AngleSharp.Dom;

namespace Trackside.Tests.Support;

/// <summary>
/// What a phone downloads to read one page: the HTML plus the stylesheets and scripts it links,
/// each gzipped as a static host would serve it. Images and the lazily loaded search index are
/// not counted: the page reads without them.
/// </summary>
public static class PageWeight
{
    public const int BudgetBytes = 30 * 1024;

    /// <summary>
    /// The page's gzipped bytes and those of every stylesheet and script it loads. Addresses are
    /// relative, or absolute under <paramref name="siteBase"/> (the not-found page, served at any depth).
    /// </summary>
    public static (long Total, IReadOnlyList<string> Files) Of(string siteRoot, string pagePath, string? siteBase)
    {
        var page = Pages.Open(pagePath);
        var needed = page.QuerySelectorAll("link[rel~='stylesheet'][href], script[src]")
            .Select(e => e.GetAttribute(e.LocalName == "link" ? "href" : "src")!.Split('?', '#')[0])
            .Select(reference => siteBase is not null && reference.StartsWith(siteBase, StringComparison.Ordinal)
                ? Path.GetFullPath(Path.Combine(siteRoot, reference[siteBase.Length..]))
                : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(pagePath)!, reference)))
            .Distinct()
            .ToList();
        Assert.All(needed, file => Assert.True(file.StartsWith(Path.GetFullPath(siteRoot), StringComparison.Ordinal) && File.Exists(file), $"{pagePath} loads {file}, which the site does not have"));
        return (Gzipped(pagePath) + needed.Sum(Gzipped), needed);
    }

    private static long Gzipped(string file)
    {
        using var sink = new MemoryStream();
        using (var gzip = new GZipStream(sink, CompressionLevel.SmallestSize, leaveOpen: true))
        using (var input = File.OpenRead(file))
            input.CopyTo(gzip);
        return sink.Length;
    }

    /// <summary>Every address in the page that the browser fetches by itself (not links the reader follows).</summary>
    public static IEnumerable<string> Fetched(IDocument page) =>
        page.QuerySelectorAll("[src], link[href]:not([rel~='canonical']):not([rel~='alternate']), [srcset], [poster], object[data]")
            .SelectMany(e => new[] { e.GetAttribute("src"), e.LocalName == "link" ? e.GetAttribute("href") : null, e.GetAttribute("poster"), e.GetAttribute("data") }
                .Concat((e.GetAttribute("srcset") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => s.Split(' ')[0])))
            .OfType<string>();
}
