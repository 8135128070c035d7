using Trackside.Tests.Support;

namespace Trackside.Tests.Site;

public sealed class ExplanationPageTests : IDisposable
{
    private readonly FixtureSite _site = FixtureSite.Create();

    public void Dispose() => _site.Dispose();

    private const string Header = """
        ---
        title: Why ankles matter
        summary: Short.
        ---

        """;

    [Fact]
    public void Explanation_page_renders_the_markdown_body_with_heading_anchors()
    {
        Assert.Equal(0, _site.Build().ExitCode);
        var page = _site.Page("explanations/why-ankles.html");

        Assert.Equal("Why ankles matter", page.QuerySelector("main h1")!.TextContent);
        Assert.Equal("A stiff or loose ankle changes what the hamstring must do.", page.QuerySelector(".item-header .summary")!.TextContent);
        var heading = page.QuerySelector(".prose h2#the-spring")!;
        Assert.Equal("The spring", heading.TextContent);
        Assert.Equal(2, page.QuerySelectorAll(".prose > p").Length);
        Assert.StartsWith("Running asks for 35-40 degrees", page.QuerySelector(".prose > p")!.TextContent);
    }

    [Fact]
    public void Scheme_links_in_the_body_become_relative_page_addresses()
    {
        Assert.Equal(0, _site.Build().ExitCode);
        var links = _site.Page("explanations/why-ankles.html").QuerySelectorAll(".prose a")
            .Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();

        Assert.Equal([
            ("../sources/test-source.html#dorsiflexion", "35-40 degrees"),
            ("../exercises/calf-raise.html", "calf raise"),
            ("../exercises/hill-walk.html", "hill walk"),
            ("../progressions/back-to-running.html", "the plan"),
        ], links);
        Assert.NotNull(_site.Page("sources/test-source.html").GetElementById("dorsiflexion"));
    }

    [Fact]
    public void Explanation_page_shows_regions_tags_and_cited_claims()
    {
        Assert.Equal(0, _site.Build().ExitCode);
        var page = _site.Page("explanations/why-ankles.html");

        Assert.Equal(["../regions/ankle.html", "../regions/hamstring.html"],
            page.QuerySelectorAll(".item-header .chips a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["../tags/ankles.html"], page.QuerySelectorAll("article > .chips a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["../sources/test-source.html#dorsiflexion"], page.QuerySelectorAll("#sources li a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Explanation_page_lists_the_items_that_mention_it()
    {
        Assert.Equal(0, _site.Build().ExitCode);

        var mentioned = _site.Page("explanations/why-ankles.html").QuerySelectorAll("#linked-from a")
            .Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();
        Assert.Equal([("../exercises/calf-raise.html", "Calf raise")], mentioned);
        Assert.Equal("Mentioned in", _site.Page("explanations/why-ankles.html").QuerySelector("#linked-from h2")!.TextContent);
    }

    [Fact]
    public void Body_links_show_up_as_back_links_on_the_pages_they_point_to()
    {
        Assert.Equal(0, _site.Build().ExitCode);

        Assert.Contains(_site.Page("exercises/hill-walk.html").QuerySelectorAll("#used-by a"),
            a => a.GetAttribute("href") == "../explanations/why-ankles.html");
        Assert.Contains(_site.Page("progressions/back-to-running.html").QuerySelectorAll("#linked-from a"),
            a => a.GetAttribute("href") == "../explanations/why-ankles.html");
        Assert.Contains(_site.Page("sources/test-source.html").QuerySelectorAll("#linked-from a"),
            a => a.GetAttribute("href") == "../explanations/why-ankles.html");
    }

    [Fact]
    public void Explanation_nobody_links_to_has_no_mentioned_in_section()
    {
        var calfRaise = File.ReadAllText(Path.Combine(_site.Source, "content/exercises/calf-raise.yaml"));
        var withoutExplanation = calfRaise[..calfRaise.IndexOf("explanation: |", StringComparison.Ordinal)]
            + calfRaise[calfRaise.IndexOf("cites:", StringComparison.Ordinal)..];
        _site.With("content/exercises/calf-raise.yaml", withoutExplanation);
        Assert.Equal(0, _site.Build().ExitCode);

        var page = _site.Page("explanations/why-ankles.html");
        Assert.Null(page.GetElementById("linked-from"));
        Assert.DoesNotContain("Mentioned in", page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public void Explanation_as_long_as_a_file_may_be_renders_whole_with_the_layout_after_it()
    {
        // Near the 1 MiB a file may hold, and more than a million characters of HTML: past the cut-off Scriban applies unless told not to.
        var paragraphs = Enumerable.Range(1, 8_000).Select(i => $"Paragraph {i,4} on loading the **calf** and the **ankle** before the **hamstring** takes the strain, in plain words.");
        _site.With("content/explanations/why-ankles.md", Header + "## The spring\n\n" + string.Join("\n\n", paragraphs) + "\n");
        var run = _site.Build();
        Assert.True(run.ExitCode == 0, run.Errors);
        var page = _site.Page("explanations/why-ankles.html");

        Assert.Equal(8_000, page.QuerySelectorAll(".prose > p").Length);
        Assert.StartsWith("Paragraph 8000 ", page.QuerySelectorAll(".prose > p")[^1].TextContent);
        Assert.Contains("not medical advice", page.QuerySelector("footer .disclaimer")!.TextContent);
    }

    [Fact]
    public void Body_headings_never_duplicate_the_ids_of_page_sections()
    {
        _site.With("content/explanations/why-ankles.md", Header + """
            ## The spring

            Text.

            ## Sources

            Where this comes from: [the figure](source:test-source/dorsiflexion).

            ## Main

            The main point.
            """);
        Assert.Equal(0, _site.Build().ExitCode);
        var page = _site.Page("explanations/why-ankles.html");

        var duplicated = page.QuerySelectorAll("[id]").GroupBy(e => e.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(duplicated);
    }

    [Fact]
    public void A_top_level_heading_in_the_body_does_not_make_a_second_h1_unnoticed()
    {
        _site.With("content/explanations/why-ankles.md", Header + """
            # Why ankles matter

            ## The spring

            Text.
            """);
        var run = _site.Build();
        if (run.DiagnosticLines.Any(l => l.Contains("explanations/why-ankles.md"))) return; // the coach is told about it

        Assert.Single(_site.Page("explanations/why-ankles.html").QuerySelectorAll("h1"));
    }
}
