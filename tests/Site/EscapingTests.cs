using Trackside.Render.Pages;
using Trackside.Tests.Support;

namespace Trackside.Tests.Site;

/// <summary>
/// Coaches' text is text: markup typed into any field, or raw HTML in Markdown, reaches the page as
/// visible characters and never as elements. The ok-hostile-text case puts script tags and
/// attribute break-outs into titles, summaries, steps, cues, stop signs, doses, tags, images,
/// stages, regions, site settings and claims.
/// </summary>
public sealed class EscapingTests : IDisposable
{
    private const string Script = "<script>alert(1)</script>";
    private const string BreakOut = "\"><img src=x onerror=alert(1)>";

    private readonly FixtureSite _site = FixtureSite.Create("ok-hostile-text");

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Hostile_text_builds_without_diagnostics()
    {
        var run = _site.Build();

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.DiagnosticLines);
    }

    [Fact]
    public void No_page_contains_a_script_element_or_an_event_handler_attribute()
    {
        Assert.Equal(0, _site.Build().ExitCode);

        var pages = Directory.EnumerateFiles(_site.Output, "*.html", SearchOption.AllDirectories).ToList();
        Assert.True(pages.Count >= 20, $"only {pages.Count} pages");
        foreach (var file in pages)
        {
            var page = Pages.Open(file);
            var name = Path.GetRelativePath(_site.Output, file);
            // Only data (JSON-LD, with <, > and & escaped) and the site's own script files.
            Assert.True(page.QuerySelectorAll("script:not([type='application/ld+json']):not([src])").Length == 0, $"{name} has an inline <script> element");
            Assert.All(page.QuerySelectorAll("script[type='application/ld+json']"), s => Assert.DoesNotContain('<', s.TextContent));
            // The site's own files only: relative, or under base_url (404.html links from there, being served at any depth).
            Assert.All(page.QuerySelectorAll("script[src]"), s => Assert.DoesNotContain(':', s.GetAttribute("src")!.Replace("https://club.example/site/", "")));
            var handlers = page.All.SelectMany(e => e.Attributes.Select(a => $"<{e.LocalName} {a.Name}>"))
                .Where(a => a.Split(' ')[1].StartsWith("on", StringComparison.OrdinalIgnoreCase)).ToList();
            Assert.True(handlers.Count == 0, $"{name}: {string.Join(", ", handlers)}");
            var images = page.QuerySelectorAll("img").Select(i => i.GetAttribute("src")).ToList();
            Assert.All(images, src => Assert.Equal("../assets/calf.svg", src));
            Assert.Empty(page.QuerySelectorAll("svg:not(.chain-map-svg), div[onclick], span[onmouseover], b"));
        }
    }

    [Fact]
    public void Markup_in_fields_shows_as_literal_characters()
    {
        Assert.Equal(0, _site.Build().ExitCode);
        var page = _site.Page("exercises/calf-raise.html");

        Assert.Equal($"Calf {Script} raise {BreakOut}", page.QuerySelector("main h1")!.TextContent);
        Assert.Equal($"Calf {Script} raise {BreakOut} · Fixture {Script} Club", page.Title);
        Assert.Equal($"Rise {Script} and {BreakOut}", page.QuerySelector(".item-header .summary")!.TextContent);
        Assert.Equal([Script, BreakOut], page.QuerySelectorAll("#stop-if li").Select(li => li.TextContent));
        Assert.Equal([Script, BreakOut], page.QuerySelectorAll("#cues li").Select(li => li.TextContent));
        Assert.Equal(["<svg onload=alert(1)>"], page.QuerySelectorAll("#mistakes li").Select(li => li.TextContent));
        Assert.Equal($"Stand {Script} on a step.", page.QuerySelector("#steps li")!.TextContent);
        Assert.Equal(["3", Script, BreakOut, "<b onmouseover=alert(1)>hover</b>"], page.QuerySelectorAll(".dose-card dd").Select(d => d.TextContent));
        Assert.Equal([Script, BreakOut, "ankles"], page.QuerySelectorAll("article > .chips a").Select(a => a.TextContent));
        Assert.Equal(BreakOut, page.QuerySelector("figure img")!.GetAttribute("alt"));
        Assert.Equal($"Fixture {Script} Club", page.QuerySelector(".site-title")!.TextContent);
        Assert.Equal($"Rise {Script} and {BreakOut}", page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal(BreakOut, _site.Page("index.html").QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Contains($"Running needs {Script} {BreakOut} dorsiflexion.", page.QuerySelector("#sources li a")!.TextContent);
    }

    [Fact]
    public void Raw_html_in_markdown_shows_as_text()
    {
        Assert.Equal(0, _site.Build().ExitCode);

        var why = _site.Page("exercises/calf-raise.html").QuerySelector("#why")!;
        Assert.Contains(Script, why.TextContent);
        Assert.Contains("<div onclick=\"alert(1)\">click me</div>", why.TextContent);
        Assert.Equal("\" onclick=\"alert(1)", why.QuerySelector("a[title]")!.GetAttribute("title"));

        var body = _site.Page("explanations/why-ankles.html").QuerySelector(".prose")!;
        Assert.Contains(Script, body.TextContent);
        Assert.Contains("<div onclick=\"alert(1)\">Raw block HTML</div>", body.TextContent);
        Assert.Contains("<span onmouseover=\"alert(1)\">span</span>", body.TextContent);
        Assert.Equal("Heading <img src=x onerror=alert(1)>", body.QuerySelectorAll("h2")[1].TextContent);
        Assert.Equal("x\" onerror=\"alert(1)", body.QuerySelector("img")!.GetAttribute("alt"));

        Assert.Contains(Script, _site.Page("regions/foot.html").QuerySelector(".prose")!.TextContent);
        Assert.Contains(Script, _site.Page("index.html").QuerySelector("footer .disclaimer")!.TextContent);
    }

    [Fact]
    public void Markup_in_stages_sources_and_tags_shows_as_text()
    {
        Assert.Equal(0, _site.Build().ExitCode);

        var stage = _site.Page("progressions/back-to-running.html").GetElementById("stage-1")!;
        Assert.Equal($"Stage 1: Build {Script}", stage.QuerySelector("h3")!.TextContent);
        Assert.Equal([Script, BreakOut], stage.QuerySelectorAll(".advance-when li").Select(li => li.TextContent));
        Assert.Equal(Script, stage.QuerySelector(".stage-note")!.TextContent);
        Assert.Contains("<div onclick=\"alert(1)\">notes</div>", stage.TextContent);
        var stage2 = _site.Page("progressions/back-to-running.html").GetElementById("stage-2")!;
        Assert.Equal([Script, BreakOut], stage2.QuerySelectorAll(".stop-if li").Select(li => li.TextContent));
        Assert.Contains(stage2.QuerySelectorAll("dd"), d => d.TextContent == Script);

        var source = _site.Page("sources/test-source.html");
        Assert.Equal($"A {Script} source", source.QuerySelector("main h1")!.TextContent);
        Assert.Contains(Script, source.GetElementById("dorsiflexion")!.TextContent);

        var tag = _site.Page("tags/script-alert-1-script.html");
        Assert.Equal($"Tagged “{Script}”", tag.QuerySelector("main h1")!.TextContent);
        Assert.Equal("Tagged “<script>alert(1)</script>” · Fixture <script>alert(1)</script> Club", tag.Title);
    }

    // A source cited by more pages than its page shows gets a list page of its own, with a heading per claim: only a big library has one.
    [Fact]
    public void Markup_in_a_claim_shows_as_text_on_the_list_of_pages_citing_it()
    {
        for (var i = 1; i <= ListingPages.Preview + 1; i++)
            _site.With($"content/exercises/citing-{i}.yaml",
                $"title: Citing {i}\nsummary: Cites the claim.\ncategory: screen\nlevel: beginner\nregions: [ankle]\nsteps: [Stand.]\nstop_if: [Pain]\ncites: [test-source/dorsiflexion]\n");
        Assert.Equal(0, _site.Build().ExitCode);

        var all = _site.Page("sources/test-source.all.html");
        var claim = all.GetElementById("dorsiflexion")!;
        const string Text = $"Running needs {Script} {BreakOut} dorsiflexion.";
        Assert.Equal(Text, claim.QuerySelector("h2")!.TextContent);
        Assert.Equal(Text, claim.GetAttribute("aria-label"));
        Assert.Empty(all.QuerySelectorAll("main script, main img"));
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JavaScript:alert(1))")]
    [InlineData("[x](&#106;avascript:alert(1))")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("[x][ref]\n\n[ref]: javascript:alert(1)")]
    [InlineData("![chart](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)")]
    public void Code_running_link_in_markdown_is_a_build_error(string markdown)
    {
        _site.With("content/explanations/why-ankles.md", $"---\ntitle: Why\nsummary: Short.\n---\n## The spring\n\n{markdown}\n");
        var run = _site.Build();

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.DiagnosticLines);
        Assert.StartsWith("content/explanations/why-ankles.md:7:", line);
        Assert.Contains("error L204", line);
        Assert.False(Directory.Exists(_site.Output));
    }

    [Fact]
    public void Javascript_link_in_an_exercise_step_is_a_build_error()
    {
        var calfRaise = File.ReadAllText(Path.Combine(_site.Source, "content/exercises/calf-raise.yaml"));
        _site.With("content/exercises/calf-raise.yaml",
            calfRaise.Replace("  - \"Stand <script>alert(1)</script> on a step.\"", "  - \"Stand on a [step](javascript:alert(1)).\""));
        var run = _site.Build();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.DiagnosticLines, l => l.StartsWith("content/exercises/calf-raise.yaml:") && l.Contains("error L204"));
        Assert.EndsWith("1 error, 0 warnings", run.Errors.TrimEnd());
    }
}
