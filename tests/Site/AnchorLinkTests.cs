using Trackside.Tests.Support;

namespace Trackside.Tests.Site;

/// <summary>Item links with a #section: the build accepts only anchors the target page really has.</summary>
public sealed class AnchorLinkTests : IDisposable
{
    private readonly FixtureSite _site = FixtureSite.Create();

    public void Dispose() => _site.Dispose();

    private FixtureSite WithLinks(string links) => _site.With("content/explanations/why-ankles.md",
        $"---\ntitle: Why ankles matter\nsummary: Short.\n---\n## The spring\n\n{links}\n");

    /// <summary>Every local link with a #fragment that points at a page lacking that id.</summary>
    private List<string> DanglingAnchors() =>
        Pages.LocalLinks(_site.Output)
            .Where(l => l.Href.Contains('#') && File.Exists(l.Target))
            .Where(l => Pages.Open(l.Target).GetElementById(l.Href.Split('#')[1]) is null)
            .Select(l => $"{l.Page}: {l.Href}").Distinct().ToList();

    [Fact]
    public void Section_links_that_build_land_on_an_element_with_that_id()
    {
        WithLinks("[a](exercise:calf-raise#stop-if) [b](exercise:calf-raise#dose) [c](exercise:hill-walk#used-by) " +
                  "[d](progression:back-to-running#stage-2) [e](progression:back-to-running#prerequisites) " +
                  "[f](region:ankle#connections) [g](source:test-source/progression) [h](explanation:why-ankles#the-spring)");
        Assert.Equal(0, _site.Build().ExitCode);

        var hrefs = _site.Page("explanations/why-ankles.html").QuerySelectorAll(".prose a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(8, hrefs.Count);
        Assert.Contains("../exercises/calf-raise.html#stop-if", hrefs);
        Assert.Contains("#the-spring", hrefs.Select(h => h![h!.IndexOf('#')..]));
        Assert.Empty(DanglingAnchors());
    }

    [Fact]
    public void Unknown_section_is_a_build_error_naming_the_sections_there()
    {
        WithLinks("See [the stop signs](exercise:calf-raise#stop-signs).");
        var run = _site.Build();

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.DiagnosticLines);
        Assert.Equal("content/explanations/why-ankles.md:7:5: error L203: the exercise `calf-raise` has no section `#stop-signs`", line);
    }

    [Fact]
    public void Link_to_a_section_the_target_page_does_not_render_is_refused()
    {
        WithLinks("Check your [dose](exercise:ankle-screen#dose) and [why](exercise:ankle-screen#why).");
        var run = _site.Build();

        if (run.ExitCode == 0) Assert.Empty(DanglingAnchors());
        else Assert.All(run.DiagnosticLines, l => Assert.Contains("error L203", l));
    }

    [Fact]
    public void Link_to_the_sources_section_of_an_exercise_that_cites_is_accepted()
    {
        WithLinks("Read [where this comes from](exercise:calf-raise#sources).");
        var run = _site.Build();

        Assert.Empty(run.DiagnosticLines);
        Assert.Equal(0, run.ExitCode);
        Assert.Empty(DanglingAnchors());
    }
}
