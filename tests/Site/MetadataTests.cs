using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Dom;
using Trackside.Tests.Support;

namespace Trackside.Tests.Site;

/// <summary>
/// What search engines, link previews, feed readers and phones read: Open Graph tags, JSON-LD, the
/// sitemap, robots.txt, the Atom feed, the web app manifest and icons, and the not-found page.
/// The base fixture's base_url is https://club.example/site/.
/// </summary>
public sealed class MetadataTests : IDisposable
{
    private const string Base = "https://club.example/site/";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private readonly FixtureSite _site = FixtureSite.Create();

    public void Dispose() => _site.Dispose();

    private static string? Meta(IDocument page, string property) =>
        page.QuerySelector($"meta[property='{property}']")?.GetAttribute("content");

    /// <summary>The page's one JSON-LD block, parsed.</summary>
    private static JsonElement JsonLd(IDocument page)
    {
        var script = Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']"));
        return JsonDocument.Parse(script.TextContent).RootElement;
    }

    private string Text(string file) => File.ReadAllText(Path.Combine(_site.Output, file));

    /// <summary>The output file an absolute address of the site stands for.</summary>
    private string FileOf(string url)
    {
        Assert.StartsWith(Base, url);
        var path = url[Base.Length..].Split('#')[0];
        return Path.Combine(_site.Output, path.Length == 0 ? "index.html" : path);
    }

    private IEnumerable<string> AllPages() =>
        Directory.EnumerateFiles(_site.Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_site.Output, f).Replace('\\', '/'));

    [Theory]
    [InlineData("exercises/calf-raise.html", "HowTo", "Calf raise", "article")]
    [InlineData("progressions/back-to-running.html", "ItemList", "Back to running", "article")]
    [InlineData("explanations/why-ankles.html", "Article", "Why ankles matter", "article")]
    [InlineData("regions/ankle.html", "WebPage", "Ankle", "website")]
    [InlineData("sources/test-source.html", "CreativeWork", "A test source", "article")]
    [InlineData("index.html", "WebSite", "Fixture Club", "website")]
    [InlineData("exercises/index.html", "CollectionPage", "All exercises", "website")]
    public void Every_kind_of_page_carries_open_graph_tags_a_canonical_link_and_json_ld(string path, string type, string name, string ogType)
    {
        Assert.Equal(0, _site.Build().ExitCode);
        var page = _site.Page(path);
        var canonical = Base + (path == "index.html" ? "" : path);

        Assert.Equal(canonical, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal(canonical, Meta(page, "og:url"));
        Assert.Equal(name, Meta(page, "og:title"));
        Assert.Equal(ogType, Meta(page, "og:type"));
        Assert.Equal("Fixture Club", Meta(page, "og:site_name"));
        Assert.Equal(page.QuerySelector("meta[name=description]")!.GetAttribute("content"), Meta(page, "og:description"));
        Assert.False(string.IsNullOrWhiteSpace(Meta(page, "og:description")));
        Assert.Equal(Base + "static/icon-512.png", Meta(page, "og:image"));

        var data = JsonLd(page);
        Assert.Equal("https://schema.org", data.GetProperty("@context").GetString());
        Assert.Equal(type, data.GetProperty("@type").GetString());
        Assert.Equal(name, data.GetProperty("name").GetString());
        Assert.Equal(canonical, data.GetProperty(type == "CreativeWork" ? "mainEntityOfPage" : "url").GetString());
    }

    [Fact]
    public void Exercise_json_ld_is_a_how_to_with_its_steps_in_plain_text_and_its_equipment_as_tools()
    {
        Assert.Equal(0, _site.Build().ExitCode);
        var data = JsonLd(_site.Page("exercises/calf-raise.html"));

        var steps = data.GetProperty("step").EnumerateArray().ToList();
        Assert.All(steps, s => Assert.Equal("HowToStep", s.GetProperty("@type").GetString()));
        Assert.Equal([1, 2], steps.Select(s => s.GetProperty("position").GetInt32()));
        Assert.Equal(["Stand on a step on the balls of both feet.", "Rise up, then lower slowly until the heels are below the step."],
            steps.Select(s => s.GetProperty("text").GetString()));
        var tool = Assert.Single(data.GetProperty("tool").EnumerateArray());
        Assert.Equal(("HowToTool", "step"), (tool.GetProperty("@type").GetString(), tool.GetProperty("name").GetString()));
        Assert.False(data.TryGetProperty("supply", out _));
        Assert.Equal("2024-05-01", data.GetProperty("dateModified").GetString());
        Assert.Equal("A test source", data.GetProperty("citation")[0].GetProperty("name").GetString());
    }

    [Fact]
    public void Progression_json_ld_lists_its_stages_in_order_with_their_exercises()
    {
        Assert.Equal(0, _site.Build().ExitCode);
        var data = JsonLd(_site.Page("progressions/back-to-running.html"));

        Assert.Equal("https://schema.org/ItemListOrderAscending", data.GetProperty("itemListOrder").GetString());
        var stages = data.GetProperty("itemListElement").EnumerateArray().ToList();
        Assert.Equal(2, data.GetProperty("numberOfItems").GetInt32());
        Assert.Equal(["Build the spring", "Walk the hill"], stages.Select(s => s.GetProperty("name").GetString()));
        Assert.Equal(Base + "progressions/back-to-running.html#stage-2", stages[1].GetProperty("url").GetString());
        var section = stages[0].GetProperty("item");
        Assert.Equal("HowToSection", section.GetProperty("@type").GetString());
        var step = Assert.Single(section.GetProperty("itemListElement").EnumerateArray());
        Assert.Equal("Calf raise", step.GetProperty("name").GetString());
        Assert.True(File.Exists(FileOf(step.GetProperty("url").GetString()!)));
    }

    [Fact]
    public void Explanation_json_ld_is_an_article_citing_its_source_and_source_pages_describe_the_work()
    {
        Assert.Equal(0, _site.Build().ExitCode);

        var article = JsonLd(_site.Page("explanations/why-ankles.html"));
        Assert.Equal("Why ankles matter", article.GetProperty("headline").GetString());
        var citation = Assert.Single(article.GetProperty("citation").EnumerateArray());
        Assert.Equal(("CreativeWork", "A test source", "A. Author", "Test Press"),
            (citation.GetProperty("@type").GetString(), citation.GetProperty("name").GetString(),
             citation.GetProperty("author").GetProperty("name").GetString(), citation.GetProperty("publisher").GetProperty("name").GetString()));

        var source = JsonLd(_site.Page("sources/test-source.html"));
        Assert.Equal("A. Author", source.GetProperty("author").GetProperty("name").GetString());
        Assert.Equal("2021-11-22", source.GetProperty("dateModified").GetString());

        var home = JsonLd(_site.Page("index.html"));
        Assert.Equal(Base, home.GetProperty("url").GetString());
        Assert.Equal("A small site used by the tests.", home.GetProperty("description").GetString());
    }

    [Theory]
    [InlineData("</script><script>alert(1)</script>")]
    [InlineData("<!-- <script> & </SCRIPT >")]
    public void Markup_in_a_title_cannot_leave_the_json_ld_block(string title)
    {
        var calfRaise = File.ReadAllText(Path.Combine(_site.Source, "content/exercises/calf-raise.yaml"));
        _site.With("content/exercises/calf-raise.yaml", calfRaise.Replace("title: Calf raise", $"title: '{title}'"));
        Assert.Equal(0, _site.Build().ExitCode);
        var page = _site.Page("exercises/calf-raise.html");

        var scripts = page.QuerySelectorAll("script").ToList();
        Assert.All(scripts, s => Assert.True(s.GetAttribute("type") == "application/ld+json" || s.HasAttribute("src"), s.OuterHtml));
        var raw = Regex.Match(Text("exercises/calf-raise.html"), "<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline).Groups[1].Value;
        Assert.DoesNotContain('<', raw);
        Assert.DoesNotContain('>', raw);
        Assert.DoesNotContain('&', raw);
        Assert.Equal(title, JsonLd(page).GetProperty("name").GetString());
        Assert.Equal(title, Meta(page, "og:title"));
        Assert.Equal(title, JsonLd(_site.Page("progressions/back-to-running.html"))
            .GetProperty("itemListElement")[0].GetProperty("item").GetProperty("itemListElement")[0].GetProperty("name").GetString());
    }

    [Fact]
    public void Sitemap_has_one_absolute_address_per_page_and_lastmod_from_updated()
    {
        Assert.Equal(0, _site.Build().ExitCode);
        var sitemap = XDocument.Parse(Text("sitemap.xml"));

        Assert.Equal(Sitemap + "urlset", sitemap.Root!.Name);
        var urls = sitemap.Root.Elements(Sitemap + "url").ToList();
        var locs = urls.Select(u => u.Element(Sitemap + "loc")!.Value).ToList();
        Assert.Equal(Base, locs[0]);
        Assert.Equal(locs.Count, locs.Distinct().Count());
        var pages = AllPages().Where(p => p != "404.html").Select(p => p == "index.html" ? Base : Base + p).Order(StringComparer.Ordinal);
        Assert.Equal(pages, locs.Order(StringComparer.Ordinal));
        Assert.All(locs, l => Assert.True(File.Exists(FileOf(l)), l));

        string? LastMod(string path) => urls.Single(u => u.Element(Sitemap + "loc")!.Value == Base + path).Element(Sitemap + "lastmod")?.Value;
        Assert.Equal("2024-05-01", LastMod("exercises/calf-raise.html"));
        Assert.Null(LastMod("exercises/hill-walk.html"));
        Assert.Null(LastMod("sources/test-source.html")); // its updated is the publisher's date
    }

    [Fact]
    public void Robots_txt_allows_crawling_and_names_the_sitemap()
    {
        Assert.Equal(0, _site.Build().ExitCode);

        Assert.Equal("User-agent: *\nAllow: /\n\nSitemap: https://club.example/site/sitemap.xml\n", Text("robots.txt"));
    }

    [Fact]
    public void A_site_with_no_dated_item_has_no_feed_and_no_page_links_one()
    {
        var calfRaise = Path.Combine(_site.Source, "content/exercises/calf-raise.yaml");
        _site.With("content/exercises/calf-raise.yaml", File.ReadAllText(calfRaise).Replace("updated: 2024-05-01\n", ""));
        Assert.Equal(0, _site.Build().ExitCode);

        Assert.False(File.Exists(Path.Combine(_site.Output, "feed.xml")));
        Assert.Null(_site.Page("index.html").QuerySelector("link[type='application/atom+xml']"));
        Assert.Null(_site.Page("exercises/calf-raise.html").QuerySelector("link[type='application/atom+xml']"));
        Assert.Contains("sitemap.xml", Text("robots.txt")); // the other files for machines stay
    }

    [Fact]
    public void Feed_is_atom_with_dated_items_newest_first_and_its_date_from_the_content()
    {
        _site.With("content/exercises/hill-walk.yaml", File.ReadAllText(Path.Combine(_site.Source, "content/exercises/hill-walk.yaml")) + "updated: 2024-06-01\n")
            .With("content/regions/foot.yaml", "title: Foot\nsummary: The base of the chain.\nconnects: [ankle]\nupdated: 2024-05-01\n")
            .With("content/explanations/why-ankles.md", File.ReadAllText(Path.Combine(_site.Source, "content/explanations/why-ankles.md"))
                .Replace("tags: [ankles]", "tags: [ankles]\nupdated: 2023-01-15"));
        Assert.Equal(0, _site.Build().ExitCode);
        var feed = XDocument.Parse(Text("feed.xml")).Root!;

        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal(Base, feed.Element(Atom + "id")!.Value);
        Assert.Equal("Fixture Club", feed.Element(Atom + "title")!.Value);
        Assert.Equal("2024-06-01T00:00:00Z", feed.Element(Atom + "updated")!.Value);
        Assert.Equal(Base + "feed.xml", feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
        Assert.NotNull(feed.Element(Atom + "author")?.Element(Atom + "name"));

        var entries = feed.Elements(Atom + "entry").ToList();
        // Newest first; on the same day, in the site's kind order (exercises before regions). Sources and undated items are left out.
        Assert.Equal(
            [Base + "exercises/hill-walk.html", Base + "exercises/calf-raise.html", Base + "regions/foot.html", Base + "explanations/why-ankles.html"],
            entries.Select(e => e.Element(Atom + "id")!.Value));
        var dates = entries.Select(e => DateTimeOffset.Parse(e.Element(Atom + "updated")!.Value)).ToList();
        Assert.Equal(dates.OrderDescending(), dates);
        Assert.All(entries, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Element(Atom + "title")!.Value));
            Assert.True(File.Exists(FileOf(e.Element(Atom + "link")!.Attribute("href")!.Value)));
        });
        Assert.Equal("Walk uphill on the balls of the feet.", entries[0].Element(Atom + "summary")!.Value);

        var link = _site.Page("exercises/calf-raise.html").QuerySelector("link[rel=alternate][type='application/atom+xml']")!;
        Assert.Equal("../feed.xml", link.GetAttribute("href"));
    }

    [Fact]
    public void Feed_keeps_only_the_twenty_most_recently_updated_items()
    {
        for (var day = 1; day <= 25; day++)
            _site.With($"content/exercises/drill-{day:00}.yaml",
                $"title: Drill {day}\nsummary: Drill.\ncategory: running\nlevel: beginner\nregions: [foot]\nsteps: [Run.]\nupdated: 2025-03-{day:00}\n");
        Assert.Equal(0, _site.Build().ExitCode);

        var ids = XDocument.Parse(Text("feed.xml")).Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value).ToList();
        Assert.Equal(Enumerable.Range(6, 20).Reverse().Select(day => $"{Base}exercises/drill-{day:00}.html"), ids);
    }

    [Fact]
    public void Rebuilding_gives_identical_sitemap_feed_robots_and_manifest()
    {
        var second = Path.Combine(_site.Root, "second");
        Assert.Equal(0, _site.Build().ExitCode);
        Assert.Equal(0, FixtureSite.Run(["build", "--source", _site.Source, "--output", second, "--clean"]).ExitCode);

        foreach (var file in new[] { "sitemap.xml", "feed.xml", "robots.txt", "manifest.webmanifest" })
            Assert.Equal(File.ReadAllBytes(Path.Combine(_site.Output, file)), File.ReadAllBytes(Path.Combine(second, file)));
    }

    [Fact]
    public void Manifest_is_json_whose_icons_exist_and_whose_colours_match_the_stylesheet()
    {
        Assert.Equal(0, _site.Build().ExitCode);
        var manifest = JsonDocument.Parse(Text("manifest.webmanifest")).RootElement;

        Assert.Equal("Fixture Club", manifest.GetProperty("name").GetString());
        Assert.Equal("Fixture Club", manifest.GetProperty("short_name").GetString());
        Assert.Equal(".", manifest.GetProperty("start_url").GetString());
        Assert.Equal("standalone", manifest.GetProperty("display").GetString());
        var css = Text("static/site.css");
        Assert.Contains($"--accent: {manifest.GetProperty("theme_color").GetString()};", css);
        Assert.Contains($"--bg: {manifest.GetProperty("background_color").GetString()};", css);

        var icons = manifest.GetProperty("icons").EnumerateArray().ToList();
        Assert.Contains(icons, i => i.GetProperty("type").GetString() == "image/svg+xml" && i.GetProperty("sizes").GetString() == "any");
        Assert.Contains(icons, i => i.GetProperty("sizes").GetString() == "192x192");
        Assert.Contains(icons, i => i.GetProperty("sizes").GetString() == "512x512");
        foreach (var icon in icons)
        {
            var file = Path.Combine(_site.Output, icon.GetProperty("src").GetString()!);
            Assert.True(File.Exists(file), file);
            if (icon.GetProperty("type").GetString() == "image/png")
            {
                var bytes = File.ReadAllBytes(file);
                Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
                var size = int.Parse(icon.GetProperty("sizes").GetString()!.Split('x')[0]);
                Assert.Equal(size, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)));
            }
        }

        var head = _site.Page("regions/ankle.html").Head!;
        Assert.Equal("../manifest.webmanifest", head.QuerySelector("link[rel=manifest]")!.GetAttribute("href"));
        Assert.Equal("../static/icon.svg", head.QuerySelector("link[rel=icon][type='image/svg+xml']")!.GetAttribute("href"));
        Assert.Equal("Fixture Club", ManifestShortName("Fixture Club"));
        Assert.Equal("Ankles", ManifestShortName("Ankles to Hamstrings"));
    }

    private static string ManifestShortName(string title) => Trackside.Render.Extras.ManifestExtra.ShortName(title);

    [Fact]
    public void Not_found_page_uses_the_layout_links_from_base_url_and_is_not_indexed()
    {
        Assert.Equal(0, _site.Build().ExitCode);
        var page = _site.Page("404.html");

        Assert.Equal("Page not found", page.QuerySelector("main h1")!.TextContent);
        Assert.Contains("not medical advice", page.QuerySelector("footer .disclaimer")!.TextContent);
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.Null(page.QuerySelector("link[rel=canonical]"));
        Assert.Empty(page.QuerySelectorAll("script[type='application/ld+json']"));

        // Hosts serve it for missing addresses at any depth, so its links cannot be relative to its own folder.
        var links = page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains(Base + "index.html", links);
        Assert.Contains(Base + "exercises/index.html", links);
        Assert.All(links, l => Assert.True(File.Exists(FileOf(l)), l));
        Assert.Equal(Base + "static/site.css", page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
        Assert.Equal(Base + "progressions/back-to-running.html",
            page.QuerySelectorAll("header .site-nav a").Single(a => a.TextContent == "Start here").GetAttribute("href"));
        Assert.All(page.QuerySelectorAll("header a, footer a, head link[href]").Select(a => a.GetAttribute("href")!),
            href => Assert.StartsWith(Base, href));
    }

    [Fact]
    public void Without_base_url_there_is_no_sitemap_or_feed_and_links_stay_relative()
    {
        _site.With("content/site.yaml", "title: Fixture Club\ndescription: A small site used by the tests.\nlanguage: en\n");
        Assert.Equal(0, _site.Build().ExitCode);

        Assert.False(File.Exists(Path.Combine(_site.Output, "sitemap.xml")));
        Assert.False(File.Exists(Path.Combine(_site.Output, "feed.xml")));
        Assert.Equal("User-agent: *\nAllow: /\n", Text("robots.txt"));
        Assert.True(File.Exists(Path.Combine(_site.Output, "manifest.webmanifest")));

        var page = _site.Page("exercises/calf-raise.html");
        Assert.Null(page.QuerySelector("link[rel=alternate]"));
        Assert.Null(Meta(page, "og:url"));
        Assert.Null(Meta(page, "og:image"));
        Assert.Equal("Calf raise", Meta(page, "og:title"));
        Assert.False(JsonLd(page).TryGetProperty("url", out _));

        var notFound = _site.Page("404.html");
        Assert.Contains("index.html", notFound.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")));
        Assert.Equal("static/site.css", notFound.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
    }

    [Fact]
    public void Setting_base_url_from_the_command_line_rebuilds_every_page_with_it()
    {
        Assert.Equal(0, _site.Build().ExitCode);
        Assert.Equal(0, _site.Build("--base-url", "https://other.example/club/").ExitCode);

        var page = _site.Page("explanations/why-ankles.html");
        Assert.Equal("https://other.example/club/explanations/why-ankles.html", Meta(page, "og:url"));
        Assert.Equal("https://other.example/club/explanations/why-ankles.html", JsonLd(page).GetProperty("url").GetString());
        Assert.Contains("https://other.example/club/sitemap.xml", Text("robots.txt"));
    }
}
