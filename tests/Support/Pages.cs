using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Trackside.Tests.Support;

/// <summary>Opens built pages as DOM documents and follows their links.</summary>
public static class Pages
{
    private static readonly HtmlParser Parser = new();

    public static IDocument Open(string file) => Parser.ParseDocument(File.ReadAllText(file));

    /// <summary>Every local href of every page in a built site, with the file it should lead to.</summary>
    public static IEnumerable<(string Page, string Href, string Target)> LocalLinks(string siteFolder)
    {
        foreach (var page in Directory.EnumerateFiles(siteFolder, "*.html", SearchOption.AllDirectories))
        {
            var document = Open(page);
            var refs = document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!)
                .Concat(document.QuerySelectorAll("link[href]").Where(l => l.GetAttribute("rel") != "canonical").Select(l => l.GetAttribute("href")!))
                .Concat(document.QuerySelectorAll("img[src]").Select(i => i.GetAttribute("src")!));
            foreach (var href in refs)
            {
                if (href.StartsWith("http:") || href.StartsWith("https:") || href.StartsWith("mailto:") || href.StartsWith('#')) continue;
                var path = href.Split('#')[0];
                yield return (Path.GetRelativePath(siteFolder, page), href, Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, path)));
            }
        }
    }
}
