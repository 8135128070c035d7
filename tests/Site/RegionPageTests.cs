using AngleSharp.Dom;
using Trackside.Tests.Support;

namespace Trackside.Tests.Site;

public sealed class RegionPageTests : IDisposable
{
    private readonly FixtureSite _site = FixtureSite.Create();

    public void Dispose() => _site.Dispose();

    /// <summary>The "Everything about" section as (group heading, link hrefs).</summary>
    private static List<(string Group, List<string?> Hrefs)> Touching(IDocument page) =>
        page.QuerySelectorAll("#items h3").Select(h => (h.TextContent,
            h.NextElementSibling!.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList())).ToList();

    private static List<string?> Connected(IDocument page) =>
        page.QuerySelectorAll("#connections a").Select(a => a.GetAttribute("href")).ToList();

    [Fact]
    public void Region_page_lists_every_exercise_progression_and_explanation_that_names_it()
    {
        Assert.Equal(0, _site.Build().ExitCode);
        var page = _site.Page("regions/ankle.html");

        Assert.Equal("Ankle", page.QuerySelector("main h1")!.TextContent);
        Assert.Equal("Everything about the ankle", page.QuerySelector("#items h2")!.TextContent);
        var groups = Touching(page).ToDictionary(g => g.Group, g => g.Hrefs);
        Assert.Equal(["../progressions/back-to-running.html"], groups["Progressions"]);
        Assert.Equal(["../exercises/ankle-screen.html", "../exercises/calf-raise.html", "../exercises/hill-walk.html"], groups["Exercises"]);
        Assert.Equal(["../explanations/why-ankles.html"], groups["Explanations"]);
        Assert.Equal(3, groups.Count);
    }

    [Fact]
    public void Region_page_lists_only_the_items_that_touch_it()
    {
        Assert.Equal(0, _site.Build().ExitCode);

        var foot = Touching(_site.Page("regions/foot.html"));
        Assert.Equal([("Exercises", ["../exercises/calf-raise.html", "../exercises/hill-walk.html"])],
            foot.Select(g => (g.Group, g.Hrefs)));
        var hamstringExercises = Touching(_site.Page("regions/hamstring.html")).Single(g => g.Group == "Exercises").Hrefs;
        Assert.Equal(["../exercises/hill-walk.html"], hamstringExercises);
    }

    [Fact]
    public void Connected_regions_show_on_both_pages_whichever_file_names_the_connection()
    {
        Assert.Equal(0, _site.Build().ExitCode);

        Assert.Equal(["../regions/ankle.html"], Connected(_site.Page("regions/foot.html")));
        Assert.Equal(["../regions/foot.html", "../regions/hamstring.html"], Connected(_site.Page("regions/ankle.html")));
        Assert.Equal(["../regions/ankle.html"], Connected(_site.Page("regions/hamstring.html")));
        Assert.Equal("Connected regions", _site.Page("regions/hamstring.html").QuerySelector("#connections h2")!.TextContent);
    }

    [Fact]
    public void A_markdown_link_to_a_region_puts_the_item_on_the_region_page()
    {
        _site.With("content/exercises/ankle-screen.yaml", """
            title: Ankle screen
            summary: Measure how far the knee travels past the toes.
            category: screen
            level: beginner
            regions: [ankle]
            steps:
              - Face a wall; a stiff ankle loads the [hamstring](region:hamstring).
            stop_if: [Pain in the ankle]
            """);
        Assert.Equal(0, _site.Build().ExitCode);

        var exercises = Touching(_site.Page("regions/hamstring.html")).Single(g => g.Group == "Exercises").Hrefs;
        Assert.Equal(["../exercises/ankle-screen.html", "../exercises/hill-walk.html"], exercises);
        Assert.Equal("../regions/hamstring.html", _site.Page("exercises/ankle-screen.html").QuerySelector("#steps li a")!.GetAttribute("href"));
    }

    [Fact]
    public void Region_nothing_touches_has_a_page_without_empty_sections()
    {
        _site.With("content/regions/knee.yaml", "title: Knee\nsummary: The middle hinge.\nbody: Mostly **follows** the ankle and hip.\n");
        Assert.Equal(0, _site.Build().ExitCode);
        var page = _site.Page("regions/knee.html");

        Assert.Equal("Knee", page.QuerySelector("main h1")!.TextContent);
        Assert.Equal("follows", page.QuerySelector(".prose strong")!.TextContent);
        Assert.Null(page.GetElementById("items"));
        Assert.Null(page.GetElementById("connections"));
        Assert.Null(page.GetElementById("sources"));
        Assert.Contains(_site.Page("regions/index.html").QuerySelectorAll("main a"), a => a.GetAttribute("href") == "../regions/knee.html");
    }

    [Fact]
    public void Region_page_cites_its_claims()
    {
        Assert.Equal(0, _site.Build().ExitCode);

        var cite = _site.Page("regions/ankle.html").QuerySelector("#sources li a")!;
        Assert.Equal("../sources/test-source.html#dorsiflexion", cite.GetAttribute("href"));
        Assert.Contains(_site.Page("sources/test-source.html").GetElementById("dorsiflexion")!.QuerySelectorAll(".cited-by a"),
            a => a.GetAttribute("href") == "../regions/ankle.html");
    }
}
