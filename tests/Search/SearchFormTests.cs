namespace Trackside.Tests.Search;

/// <summary>The search form in the header of every page, as the HTML has it (before any script runs).</summary>
public sealed class SearchFormTests(SearchFixtureBuild build) : IClassFixture<SearchFixtureBuild>
{
    [Fact]
    public void Every_page_has_a_labelled_search_box_a_live_status_and_a_results_list()
    {
        var pages = Directory.EnumerateFiles(build.Site.Output, "*.html", SearchOption.AllDirectories).ToList();
        Assert.True(pages.Count >= 20, $"only {pages.Count} pages");
        foreach (var file in pages)
        {
            var name = Path.GetRelativePath(build.Site.Output, file);
            var page = Support.Pages.Open(file);
            var form = page.QuerySelector("header form[role=search]");
            Assert.True(form is not null, $"{name}: no search form in the header");

            var input = form.QuerySelector("input[type=search]");
            Assert.True(input is not null, $"{name}: no search box");
            var label = form.QuerySelector($"label[for='{input.Id}']");
            Assert.True(label is not null && label.TextContent.Trim().Length > 0, $"{name}: the search box has no label");

            var status = page.GetElementById(input.GetAttribute("aria-describedby")!);
            Assert.True(status is not null && status.GetAttribute("aria-live") == "polite", $"{name}: no polite live status");
            var results = page.GetElementById(input.GetAttribute("aria-controls")!);
            Assert.True(results is not null && results.LocalName is "ol" or "ul", $"{name}: results are not a list");

            // Without JavaScript the form could not submit (form-action 'none'): it stays hidden.
            Assert.True(form.HasAttribute("hidden"), $"{name}: the form shows without JavaScript");
            Assert.Contains("form-action 'none'", page.QuerySelector("meta[http-equiv=Content-Security-Policy]")!.GetAttribute("content"));

            // The script is a same-origin file next to the page's stylesheet, deferred, with no inline code.
            var script = page.QuerySelectorAll("script[src]").Single(s => s.GetAttribute("src")!.EndsWith("static/search.js"));
            Assert.True(script.HasAttribute("defer"), $"{name}: search.js is not deferred");
            Assert.Equal("", script.TextContent);
            var root = form.GetAttribute("data-search-root")!;
            Assert.Equal(root + "static/search.js", script.GetAttribute("src"));
            // Relative from the page, or the site's address on 404.html (which hosts serve at any depth).
            if (!root.StartsWith("https://", StringComparison.Ordinal))
                Assert.True(File.Exists(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, root, "search/terms.txt"))),
                    $"{name}: data-search-root does not lead to the index");
        }
    }

    [Fact]
    public void The_script_uses_no_eval_and_writes_no_markup()
    {
        var script = File.ReadAllText(Path.Combine(build.Site.Output, "static/search.js"));

        Assert.DoesNotContain("eval(", script);
        Assert.DoesNotContain("new Function", script);
        Assert.DoesNotContain("innerHTML", script);
        Assert.DoesNotContain("insertAdjacentHTML", script);
        Assert.DoesNotContain("document.write", script);
    }
}
