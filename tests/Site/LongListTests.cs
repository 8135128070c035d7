using AngleSharp.Dom;
using Trackside.Tests.Robustness;
using Trackside.Tests.Support;

namespace Trackside.Tests.Site;

/// <summary>
/// A library of hundreds of exercises still gives a phone small pages: index lists run over pages of
/// 100 linked by a pager, item pages show the first 24 of each back-link list and link to a page
/// that lists them all, and every page with its CSS and scripts stays within the 30 KB budget.
/// </summary>
[Collection(CorpusCollection.Name)]
public sealed class LongListTests(CorpusBuild corpus)
{
    private const int PageSize = 100;
    private const int Preview = 24;

    private IDocument Page(string path) => Pages.Open(Path.Combine(corpus.Output, path));

    /// <summary>A list's pages in order, found by following each page's "Next" link from the first.</summary>
    private List<string> Follow(string first)
    {
        var pages = new List<string> { first };
        while (Page(pages[^1]).QuerySelector(".pager a[rel='next']")?.GetAttribute("href") is { } next)
        {
            pages.Add(Path.GetRelativePath(corpus.Output, Path.GetFullPath(Path.Combine(corpus.Output, Path.GetDirectoryName(pages[^1])!, next))).Replace('\\', '/'));
            Assert.True(pages.Count < 100, "the pager never ends");
        }
        return pages;
    }

    private List<string> Entries(string path) =>
        Page(path).QuerySelectorAll("main .link-list a").Select(a => Path.GetFileName(a.GetAttribute("href")!)).ToList();

    [Fact]
    public void All_exercises_run_over_pages_of_100_that_name_every_exercise_once()
    {
        Assert.True(corpus.Run.ExitCode == 0, corpus.Run.Errors);
        var pages = Follow("exercises/index.html");

        Assert.Equal(["exercises/index.html", "exercises/index.2.html", "exercises/index.3.html"], pages);
        Assert.All(pages, p => Assert.InRange(Entries(p).Count, 1, PageSize));
        var listed = pages.SelectMany(Entries).ToList();
        var exercises = Directory.EnumerateFiles(Path.Combine(corpus.Output, "exercises"), "*.html").Select(Path.GetFileName)
            .Where(f => !f!.StartsWith("index", StringComparison.Ordinal) && f.Count(c => c == '.') == 1);
        Assert.Equal(exercises.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));

        var second = Page("exercises/index.2.html");
        Assert.Equal("All exercises, page 2 of 3", second.QuerySelector("h1")!.TextContent);
        Assert.StartsWith("All exercises, page 2 of 3", second.Title);
        Assert.Equal("2", second.QuerySelector(".pager [aria-current='page']")!.TextContent);
        Assert.Equal("../exercises/index.html", second.QuerySelector(".pager a[rel='prev']")!.GetAttribute("href"));
        Assert.Null(Page("exercises/index.3.html").QuerySelector(".pager a[rel='next']"));
        Assert.Null(Page("progressions/index.html").QuerySelector(".pager")); // 30 progressions: one page
    }

    [Fact]
    public void A_region_page_shows_the_first_24_of_each_list_and_links_to_all_pages_about_it()
    {
        var region = "regions/ankle.html";
        // The item pages whose own text links to the region (the site navigation aside), read from the built site.
        var naming = new[] { "exercises", "progressions", "explanations" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(corpus.Output, folder), "*.html"))
            .Where(f => Path.GetFileName(f).Count(c => c == '.') == 1 && Path.GetFileName(f) != "index.html")
            .Where(f => Pages.Open(f).QuerySelector("main a[href^='../regions/ankle.html']") is not null)
            .Select(Path.GetFileName)
            .ToList();
        Assert.True(naming.Count > Preview, $"the corpus names the ankle on only {naming.Count} pages");

        var page = Page(region);
        Assert.All(page.QuerySelectorAll("#items .link-list"), list => Assert.InRange(list.QuerySelectorAll("li").Length, 1, Preview));
        var more = page.QuerySelector("#items .more a")!;
        Assert.Equal("../regions/ankle.all.html", more.GetAttribute("href"));
        Assert.Equal($"All {naming.Count} pages about the ankle", more.TextContent);

        var all = Follow("regions/ankle.all.html");
        Assert.Equal("Everything about the ankle" + (all.Count > 1 ? $", page 1 of {all.Count}" : ""), Page(all[0]).QuerySelector("h1")!.TextContent);
        Assert.Equal(naming.Order(StringComparer.Ordinal), all.SelectMany(Entries).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_source_page_shows_the_first_24_citations_of_each_claim_and_links_to_every_citing_page()
    {
        var source = Directory.EnumerateFiles(Path.Combine(corpus.Output, "sources"), "*.all.html").Select(Path.GetFileName).First()!;
        var page = Page("sources/" + source.Replace(".all.html", ".html"));

        var claims = page.QuerySelectorAll(".claim .cited-by");
        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.InRange(c.QuerySelectorAll("a").Length, 1, Preview));
        Assert.Equal("../sources/" + source, page.QuerySelector("main .more a")!.GetAttribute("href"));

        // The full list groups citing pages under each claim, whose heading links to the claim on the source page.
        var claimHeading = Page("sources/" + source).QuerySelector("main h2 a")!.GetAttribute("href")!;
        Assert.Matches(@"^\.\./sources/[a-z0-9-]+\.html#[a-z0-9-]+$", claimHeading);
    }

    [Fact]
    public void Every_page_of_the_large_site_with_its_css_and_scripts_fits_in_30_KB_gzipped()
    {
        var siteBase = Page("index.html").QuerySelector("link[rel='canonical']")?.GetAttribute("href");
        var over = Directory.EnumerateFiles(corpus.Output, "*.html", SearchOption.AllDirectories)
            .Select(p => (Page: Path.GetRelativePath(corpus.Output, p), Bytes: PageWeight.Of(corpus.Output, p, siteBase).Total))
            .Where(w => w.Bytes > PageWeight.BudgetBytes)
            .Select(w => $"{w.Page}: {w.Bytes} bytes")
            .ToList();

        Assert.True(over.Count == 0, string.Join('\n', over));
    }
}
