using System.Text.RegularExpressions;
using Trackside.Tests.Support;

namespace Trackside.Tests.Site;

/// <summary>
/// The budgets of the athlete's site on the repository's own content: every page with the CSS and
/// JavaScript it needs fits in 30 KB gzipped, and nothing is fetched from another host (no CDN, web
/// font or analytics), which the pages' Content-Security-Policy enforces in the browser too.
/// </summary>
public sealed partial class PageBudgetTests(DefaultContentBuild site) : IClassFixture<DefaultContentBuild>
{
    private IEnumerable<string> EveryPage => Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories);

    // The site's own address (base_url): the not-found page links its files absolutely, as it is served at any depth.
    private string SiteBase => site.Page("index.html").QuerySelector("link[rel='canonical']")!.GetAttribute("href")!;

    [Fact]
    public void Every_page_with_its_css_and_scripts_fits_in_30_KB_gzipped()
    {
        Assert.True(site.Run.ExitCode == 0, site.Run.Errors);
        var weights = EveryPage.Select(page => (Page: Path.GetRelativePath(site.Output, page), Weight: PageWeight.Of(site.Output, page, SiteBase))).ToList();

        Assert.True(weights.Count > 50, $"only {weights.Count} pages");
        var over = weights.Where(w => w.Weight.Total > PageWeight.BudgetBytes).Select(w => $"{w.Page}: {w.Weight.Total} bytes").ToList();
        Assert.True(over.Count == 0, string.Join('\n', over));
        // The counted files are the real ones: the stylesheet and the search script on every page.
        Assert.All(weights, w => Assert.Contains(w.Weight.Files, f => f.EndsWith("/static/site.css", StringComparison.Ordinal)));
        Assert.All(weights, w => Assert.Contains(w.Weight.Files, f => f.EndsWith("/static/search.js", StringComparison.Ordinal)));
    }

    [Fact]
    public void No_page_fetches_anything_from_another_host()
    {
        foreach (var file in EveryPage)
        {
            var page = Pages.Open(file);
            var policy = page.QuerySelector("meta[http-equiv='Content-Security-Policy']")?.GetAttribute("content");
            Assert.NotNull(policy);
            Assert.Contains("default-src 'self'", policy);

            var fetched = PageWeight.Fetched(page).ToList();
            Assert.NotEmpty(fetched);
            Assert.All(fetched, address => Assert.False(IsOtherHost(address) && !address.StartsWith(SiteBase, StringComparison.Ordinal),
                $"{Path.GetRelativePath(site.Output, file)} fetches {address}"));
        }
    }

    [Fact]
    public void Stylesheets_and_scripts_name_no_other_host()
    {
        var code = Directory.EnumerateFiles(Path.Combine(site.Output, "static"), "*.*")
            .Where(f => f.EndsWith(".css", StringComparison.Ordinal) || f.EndsWith(".js", StringComparison.Ordinal))
            .Append(Path.Combine(site.Output, "sw.js"))
            .ToList();

        Assert.Contains(code, f => f.EndsWith("site.css", StringComparison.Ordinal));
        foreach (var file in code)
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotMatch(RemoteAddress(), text);
            Assert.DoesNotContain("@import", text);
        }
    }

    private static bool IsOtherHost(string address) =>
        address.StartsWith("//", StringComparison.Ordinal) || Regex.IsMatch(address, "^[a-zA-Z][a-zA-Z0-9+.-]*:");

    // An absolute http(s) address or a protocol-relative url() in code.
    [GeneratedRegex(@"https?://|url\(\s*['""]?//")]
    private static partial Regex RemoteAddress();
}
