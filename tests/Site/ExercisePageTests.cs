using Trackside.Tests.Support;

namespace Trackside.Tests.Site;

public sealed class ExercisePageTests : IDisposable
{
    private readonly FixtureSite _site = FixtureSite.Create();

    public ExercisePageTests() => Assert.Equal(0, _site.Build().ExitCode);

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Exercise_page_shows_dose_card_steps_cues_and_stop_signs()
    {
        var page = _site.Page("exercises/calf-raise.html");

        Assert.Equal("Calf raise", page.QuerySelector("main h1")!.TextContent);
        var dose = page.QuerySelectorAll(".dose-card dl.dose > div")
            .Select(d => (d.QuerySelector("dt")!.TextContent, d.QuerySelector("dd")!.TextContent)).ToList();
        Assert.Equal([("Sets", "3"), ("Reps", "12"), ("Tempo", "slow down"), ("Rest", "60 s")], dose);

        var steps = page.QuerySelectorAll("#steps ol.steps > li").ToList();
        Assert.Equal(2, steps.Count);
        Assert.Equal("slowly", steps[1].QuerySelector("strong")!.TextContent);
        Assert.Equal(["Stay tall"], page.QuerySelectorAll("#cues li").Select(li => li.TextContent));
        Assert.Equal(["Bouncing at the bottom"], page.QuerySelectorAll("#mistakes li").Select(li => li.TextContent));
        Assert.Equal(["Sharp pain in the Achilles"], page.QuerySelectorAll("#stop-if li").Select(li => li.TextContent));
    }

    [Fact]
    public void Exercise_page_links_harder_version_regions_and_explanation_anchor()
    {
        var page = _site.Page("exercises/calf-raise.html");

        Assert.Equal("../exercises/hill-walk.html", page.QuerySelector(".easier-harder a.harder")!.GetAttribute("href"));
        Assert.Equal(["../regions/ankle.html", "../regions/foot.html"],
            page.QuerySelectorAll(".item-header .chips a").Select(a => a.GetAttribute("href")));
        Assert.Contains(page.QuerySelectorAll("#why a"), a => a.GetAttribute("href") == "../explanations/why-ankles.html#the-spring");
    }

    [Fact]
    public void Citations_link_to_the_claim_anchor_on_the_source_page()
    {
        var page = _site.Page("exercises/calf-raise.html");
        var cite = page.QuerySelector("#sources li a")!;
        Assert.Equal("../sources/test-source.html#dorsiflexion", cite.GetAttribute("href"));
        Assert.Equal("Running needs 35-40 degrees of dorsiflexion.", cite.TextContent);

        var source = _site.Page("sources/test-source.html");
        var claim = source.GetElementById("dorsiflexion")!;
        Assert.Contains("Running needs 35-40 degrees", claim.TextContent);
        Assert.Contains(claim.QuerySelectorAll(".cited-by a"), a => a.GetAttribute("href") == "../exercises/calf-raise.html");
    }

    [Fact]
    public void Exercise_page_lists_the_progressions_and_explanations_that_use_it()
    {
        var usedBy = _site.Page("exercises/calf-raise.html").QuerySelectorAll("#used-by a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Contains("../progressions/back-to-running.html", usedBy);
        Assert.Contains("../explanations/why-ankles.html", usedBy);
        Assert.Contains("../exercises/hill-walk.html", usedBy); // names it as its regression
    }

    [Fact]
    public void Every_page_carries_the_medical_disclaimer()
    {
        foreach (var file in Directory.EnumerateFiles(_site.Output, "*.html", SearchOption.AllDirectories))
        {
            var text = Pages.Open(file).QuerySelector("footer .disclaimer")?.TextContent ?? "";
            Assert.Contains("not medical advice", text);
        }
    }

    [Fact]
    public void Every_local_link_in_the_site_resolves_to_a_file()
    {
        var links = Pages.LocalLinks(_site.Output).ToList();
        Assert.NotEmpty(links);
        var broken = links.Where(l => !File.Exists(l.Target)).Select(l => $"{l.Page}: {l.Href}").ToList();
        Assert.Empty(broken);
    }
}
