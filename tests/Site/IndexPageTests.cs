using AngleSharp.Dom;
using Trackside.Tests.Support;

namespace Trackside.Tests.Site;

public sealed class IndexPageTests : IDisposable
{
    private readonly FixtureSite _site = FixtureSite.Create();

    public void Dispose() => _site.Dispose();

    private static List<string?> MainLinks(IDocument page) => page.QuerySelectorAll("main .link-list a").Select(a => a.GetAttribute("href")).ToList();

    private IEnumerable<(string File, IDocument Page)> AllPages() =>
        Directory.EnumerateFiles(_site.Output, "*.html", SearchOption.AllDirectories)
            .Select(f => (Path.GetRelativePath(_site.Output, f), Pages.Open(f)));

    [Fact]
    public void Home_page_links_progressions_explanations_categories_regions_and_sources()
    {
        Assert.Equal(0, _site.Build().ExitCode);
        var home = _site.Page("index.html");

        Assert.Equal("Fixture Club", home.QuerySelector("main h1")!.TextContent);
        List<string?> Group(string id) => home.QuerySelectorAll($"section#{id} .link-list a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["progressions/back-to-running.html"], Group("progressions"));
        Assert.Equal(["explanations/why-ankles.html"], Group("explanations"));
        Assert.Equal(["categories/screen.html", "categories/mobility.html", "categories/stability.html", "categories/strength.html", "categories/running.html"],
            Group("categories"));
        Assert.Equal(["regions/ankle.html", "regions/foot.html", "regions/hamstring.html"], Group("regions"));
        Assert.Equal(["sources/test-source.html"], Group("sources"));
        Assert.Equal(["progressions/index.html", "explanations/index.html", "exercises/index.html", "regions/index.html", "sources/index.html"],
            home.QuerySelectorAll("main p.more a").Select(a => a.GetAttribute("href")));
        // Each link names what it leads to, also under a heading that is no plural ("Why it works").
        Assert.Equal(["All progressions", "All explanations", "All exercises by category", "All body regions", "All sources"],
            home.QuerySelectorAll("main p.more a").Select(a => a.TextContent));
    }

    [Fact]
    public void Exercise_index_lists_every_exercise_grouped_by_category()
    {
        Assert.Equal(0, _site.Build().ExitCode);
        var groups = _site.Page("exercises/index.html").QuerySelectorAll("main section.group").Select(s =>
            $"{s.QuerySelector("h2 a")!.TextContent} ({s.QuerySelector("h2 a")!.GetAttribute("href")}): "
            + string.Join(", ", s.QuerySelectorAll(".link-list a").Select(a => a.GetAttribute("href"))));

        Assert.Equal([
            "Screens (../categories/screen.html): ../exercises/ankle-screen.html",
            "Stability (../categories/stability.html): ../exercises/hill-walk.html",
            "Strength (../categories/strength.html): ../exercises/calf-raise.html",
        ], groups);
    }

    [Fact]
    public void Category_level_and_tag_pages_list_the_right_items()
    {
        Assert.Equal(0, _site.Build().ExitCode);

        Assert.Equal(["../exercises/calf-raise.html"], MainLinks(_site.Page("categories/strength.html")));
        Assert.Equal(["../exercises/ankle-screen.html", "../exercises/calf-raise.html"], MainLinks(_site.Page("levels/beginner.html")));
        Assert.Equal(["../exercises/hill-walk.html"], MainLinks(_site.Page("levels/intermediate.html")));
        Assert.Equal(["../exercises/calf-raise.html", "../exercises/hill-walk.html", "../explanations/why-ankles.html"],
            MainLinks(_site.Page("tags/ankles.html")));
        Assert.Equal("Nothing here yet.", _site.Page("categories/running.html").QuerySelector("main > p")!.TextContent);
    }

    [Fact]
    public void Capitalised_tag_gets_a_lowercase_page_that_keeps_its_spelling()
    {
        Assert.Equal(0, _site.Build().ExitCode);

        Assert.Contains(_site.Page("exercises/calf-raise.html").QuerySelectorAll("article > .chips a"),
            a => a.TextContent == "Strength" && a.GetAttribute("href") == "../tags/strength.html");
        var tagPage = _site.Page("tags/strength.html");
        Assert.Equal("Tagged “Strength”", tagPage.QuerySelector("main h1")!.TextContent);
        Assert.Equal(["../exercises/calf-raise.html"], MainLinks(tagPage));
        Assert.Equal(["../tags/ankles.html", "../tags/strength.html"], MainLinks(_site.Page("tags/index.html")));
    }

    [Fact]
    public void A_kind_index_is_headed_with_the_words_its_nav_link_uses()
    {
        Assert.Equal(0, _site.Build().ExitCode);
        var nav = _site.Page("regions/index.html").QuerySelector("header .site-nav a[href='../regions/index.html']")!;

        Assert.Equal("Body regions", nav.TextContent);
        Assert.Equal("Body regions", _site.Page("regions/index.html").QuerySelector("main h1")!.TextContent);
        Assert.Equal(["Progressions", "Explanations", "Sources"],
            new[] { "progressions", "explanations", "sources" }.Select(kind => _site.Page($"{kind}/index.html").QuerySelector("main h1")!.TextContent));
    }

    [Fact]
    public void Nav_from_site_settings_is_on_every_page_and_leads_to_its_item()
    {
        Assert.Equal(0, _site.Build().ExitCode);
        var target = Path.Combine(_site.Output, "progressions", "back-to-running.html");

        foreach (var (file, page) in AllPages())
        {
            var start = page.QuerySelectorAll("header .site-nav a").FirstOrDefault(a => a.TextContent == "Start here");
            Assert.True(start is not null, $"{file} has no nav link");
            // 404.html is served at any depth, so its links start from base_url.
            var href = start!.GetAttribute("href")!.Replace("https://club.example/site/", _site.Output + "/");
            Assert.Equal(target, Path.GetFullPath(Path.Combine(_site.Output, Path.GetDirectoryName(file)!, href)));
        }
    }

    [Fact]
    public void Nav_ends_with_exercises_and_body_regions_and_lists_a_section_once_where_the_site_puts_it()
    {
        Assert.Equal(0, _site.Build().ExitCode);
        string[] NavOf(string page) => _site.Page(page).QuerySelectorAll("header .site-nav a").Select(a => $"{a.TextContent} {a.GetAttribute("href")}").ToArray();
        Assert.Equal(["Start here ../progressions/back-to-running.html", "Exercises ../exercises/index.html", "Body regions ../regions/index.html"],
            NavOf("exercises/calf-raise.html"));

        _site.With("content/site.yaml", """
            title: Fixture Club
            base_url: https://club.example/site/
            nav: [regions, { title: All drills, link: exercises }, sources]
            """);
        Assert.Equal(0, _site.Build().ExitCode);
        Assert.Equal(["Body regions regions/index.html", "All drills exercises/index.html", "Sources sources/index.html"], NavOf("index.html"));
    }

    [Fact]
    public void Every_page_has_one_h1_a_title_a_language_and_a_skip_link_to_main()
    {
        Assert.Equal(0, _site.Build().ExitCode);

        var pages = AllPages().ToList();
        Assert.True(pages.Count >= 20, $"only {pages.Count} pages");
        foreach (var (file, page) in pages)
        {
            Assert.True(page.QuerySelectorAll("h1").Length == 1, $"{file}: {page.QuerySelectorAll("h1").Length} h1 elements");
            Assert.False(string.IsNullOrWhiteSpace(page.Title), $"{file}: empty <title>");
            Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
            var skip = page.Body!.QuerySelector("a")!;
            Assert.Equal("#main", skip.GetAttribute("href"));
            Assert.True(page.QuerySelectorAll("main").Length == 1, $"{file}: not exactly one <main>");
            Assert.Equal("main", page.QuerySelector("main")!.Id);
        }
        Assert.Equal("Calf raise · Fixture Club", _site.Page("exercises/calf-raise.html").Title);
        Assert.Equal("Fixture Club", _site.Page("index.html").Title);
    }

    [Fact]
    public void Canonical_link_uses_base_url()
    {
        Assert.Equal(0, _site.Build().ExitCode);

        string? Canonical(string path) => _site.Page(path).QuerySelector("link[rel=canonical]")?.GetAttribute("href");
        Assert.Equal("https://club.example/site/exercises/calf-raise.html", Canonical("exercises/calf-raise.html"));
        Assert.Equal("https://club.example/site/tags/strength.html", Canonical("tags/strength.html"));
        Assert.Equal("https://club.example/site/", Canonical("index.html"));
    }

    [Fact]
    public void Base_url_option_overrides_site_settings_in_canonical_links()
    {
        Assert.Equal(0, _site.Build("--base-url", "https://other.example/club/").ExitCode);

        Assert.Equal("https://other.example/club/exercises/calf-raise.html",
            _site.Page("exercises/calf-raise.html").QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public void Every_tag_chip_leads_to_a_tag_page_that_lists_the_item()
    {
        var calfRaise = File.ReadAllText(Path.Combine(_site.Source, "content/exercises/calf-raise.yaml"));
        _site.With("content/exercises/calf-raise.yaml", calfRaise.Replace("tags: [ankles, Strength]", "tags: [ankles, Strength, 足首]"));
        var run = _site.Build();
        if (run.DiagnosticLines.Any(l => l.Contains("calf-raise.yaml"))) return; // the coach is told about the tag

        foreach (var chip in _site.Page("exercises/calf-raise.html").QuerySelectorAll("article > .chips a"))
        {
            var tagFile = Path.Combine(_site.Output, "exercises", chip.GetAttribute("href")!);
            Assert.True(File.Exists(tagFile), $"tag “{chip.TextContent}” links to missing {chip.GetAttribute("href")}");
            Assert.Contains("../exercises/calf-raise.html", MainLinks(Pages.Open(tagFile)));
        }
    }

    [Fact]
    public void Tag_index_counts_each_tagged_item_once()
    {
        var calfRaise = File.ReadAllText(Path.Combine(_site.Source, "content/exercises/calf-raise.yaml"));
        _site.With("content/exercises/calf-raise.yaml", calfRaise.Replace("tags: [ankles, Strength]", "tags: [ankles, Strength, strength]"));
        Assert.Equal(0, _site.Build().ExitCode);

        Assert.Equal(["../exercises/calf-raise.html"], MainLinks(_site.Page("tags/strength.html")));
        var entry = _site.Page("tags/index.html").QuerySelectorAll("main .link-list li").Single(li => li.QuerySelector("a")!.TextContent == "Strength");
        Assert.Equal("1 item", entry.QuerySelector(".link-summary")!.TextContent);
    }
}
