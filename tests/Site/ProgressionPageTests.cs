using AngleSharp.Dom;
using Trackside.Tests.Support;

namespace Trackside.Tests.Site;

public sealed class ProgressionPageTests : IDisposable
{
    private readonly FixtureSite _site = FixtureSite.Create();

    public ProgressionPageTests() => Assert.Equal(0, _site.Build().ExitCode);

    public void Dispose() => _site.Dispose();

    private IDocument Page => _site.Page("progressions/back-to-running.html");

    private static List<(string, string)> DoseCard(IElement card) =>
        card.QuerySelectorAll("dl.dose > div").Select(d => (d.QuerySelector("dt")!.TextContent, d.QuerySelector("dd")!.TextContent)).ToList();

    [Fact]
    public void Progression_page_shows_stages_in_order_with_numbers_and_anchors()
    {
        var page = Page;

        Assert.Equal("Back to running", page.QuerySelector("main h1")!.TextContent);
        var stages = page.QuerySelectorAll("#stages ol.stages > li.stage").ToList();
        Assert.Equal(["stage-1", "stage-2"], stages.Select(s => s.Id));
        Assert.Equal(["Stage 1: Build the spring", "Stage 2: Walk the hill"], stages.Select(s => s.QuerySelector("h3")!.TextContent));
        Assert.Equal("Calf capacity", stages[0].QuerySelector(".stage-meta")!.TextContent);
        Assert.Null(stages[1].QuerySelector(".stage-meta"));
    }

    [Fact]
    public void Each_stage_exercise_links_to_its_exercise_page()
    {
        var page = Page;
        var perStage = page.QuerySelectorAll("li.stage").Select(s =>
            s.QuerySelectorAll(".stage-exercises > li.stage-exercise > a").Select(a => (a.GetAttribute("href"), a.TextContent)).ToList()).ToList();

        Assert.Equal([("../exercises/calf-raise.html", "Calf raise")], perStage[0]);
        Assert.Equal([("../exercises/hill-walk.html", "Forefoot hill walk")], perStage[1]);
        foreach (var href in perStage.SelectMany(s => s).Select(l => l.Item1!))
            Assert.True(File.Exists(Path.Combine(_site.Output, "progressions", href)), href);
    }

    [Fact]
    public void Progression_page_shows_stage_dose_override_merged_with_the_exercise_dose()
    {
        var cards = Page.QuerySelectorAll("li.stage-exercise").ToList();

        Assert.Equal([("Sets", "3"), ("Reps", "12"), ("Tempo", "slow down"), ("Rest", "60 s")], DoseCard(cards[0]));
        Assert.Equal([("Sets", "5"), ("Distance", "30 m")], DoseCard(cards[1]));
    }

    [Fact]
    public void Stage_dose_override_does_not_change_the_exercise_page()
    {
        var card = _site.Page("exercises/hill-walk.html").QuerySelector(".dose-card")!;

        Assert.Equal([("Sets", "3"), ("Distance", "30 m")], DoseCard(card));
    }

    [Fact]
    public void Stages_list_when_to_advance_and_when_to_stop()
    {
        var stages = Page.QuerySelectorAll("li.stage").ToList();

        Assert.Equal(["Three pain-free sessions"], stages[0].QuerySelectorAll(".advance-when li").Select(li => li.TextContent));
        Assert.Null(stages[0].QuerySelector(".stop-if"));
        Assert.Equal(["No pain the day after"], stages[1].QuerySelectorAll(".advance-when li").Select(li => li.TextContent));
        Assert.Equal(["Pain during the walk"], stages[1].QuerySelectorAll(".stop-if li").Select(li => li.TextContent));
    }

    [Fact]
    public void Prerequisites_link_to_the_screen()
    {
        var links = Page.QuerySelectorAll("#prerequisites a").Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();

        Assert.Equal([("../exercises/ankle-screen.html", "Ankle screen")], links);
    }

    [Fact]
    public void Cites_section_links_to_the_claim_anchor_on_the_source_page()
    {
        var cites = Page.QuerySelectorAll("#sources li a").ToList();

        Assert.Equal(["../sources/test-source.html#progression"], cites.Select(a => a.GetAttribute("href")));
        Assert.Equal("Walk uphill on the forefoot before running intervals.", cites[0].TextContent);
        var claim = _site.Page("sources/test-source.html").GetElementById("progression")!;
        Assert.Contains(claim.QuerySelectorAll(".cited-by a"), a => a.GetAttribute("href") == "../progressions/back-to-running.html");
    }

    [Fact]
    public void Progression_page_lists_the_explanation_that_mentions_it()
    {
        var mentioned = Page.QuerySelectorAll("#linked-from a").Select(a => a.GetAttribute("href"));

        Assert.Equal(["../explanations/why-ankles.html"], mentioned);
    }

    [Fact]
    public void Stage_notes_render_as_markdown_beside_duration_and_entry_notes()
    {
        using var site = FixtureSite.Create().With("content/progressions/back-to-running.yaml", """
            title: Back to running
            summary: Short.
            stages:
              - title: Only stage
                duration: 2 weeks
                notes: Do the [screen](exercise:ankle-screen) **first**.
                exercises:
                  - { exercise: calf-raise, notes: Both legs. }
                advance_when: [Ready]
            """);
        Assert.Equal(0, site.Build().ExitCode);

        var stage = site.Page("progressions/back-to-running.html").GetElementById("stage-1")!;
        Assert.Equal("2 weeks", stage.QuerySelector(".stage-meta")!.TextContent);
        Assert.Equal("first", stage.QuerySelector("p strong")!.TextContent);
        Assert.Contains(stage.QuerySelectorAll("p a"), a => a.GetAttribute("href") == "../exercises/ankle-screen.html");
        Assert.Equal("Both legs.", stage.QuerySelector(".stage-note")!.TextContent);
        Assert.Null(site.Page("progressions/back-to-running.html").QuerySelector("#prerequisites"));
    }

    [Fact]
    public void A_link_to_a_stage_anchor_lands_on_that_stage()
    {
        using var site = FixtureSite.Create().With("content/explanations/why-ankles.md", """
            ---
            title: Why ankles matter
            summary: Short.
            ---
            ## The spring

            Jump to [the hill stage](progression:back-to-running#stage-2).
            """);
        var run = site.Build();

        Assert.Equal(0, run.ExitCode);
        var link = site.Page("explanations/why-ankles.html").QuerySelector(".prose a")!;
        Assert.Equal("../progressions/back-to-running.html#stage-2", link.GetAttribute("href"));
        Assert.NotNull(site.Page("progressions/back-to-running.html").GetElementById("stage-2"));
    }
}
