using AngleSharp.Dom;
using Trackside.Tests.Support;

namespace Trackside.Tests.Site;

/// <summary>The repository's own content, built once into a temporary folder.</summary>
public sealed class DefaultContentBuild : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("trackside-default-").FullName;

    public DefaultContentBuild()
    {
        Output = Path.Combine(_root, "out");
        Run = FixtureSite.Run(["build", "--source", RepoPaths.Root, "--output", Output]);
    }

    public string Output { get; }
    public BuildRun Run { get; }

    public IDocument Page(string relativePath) => Pages.Open(Path.Combine(Output, relativePath));

    public IEnumerable<string> Files(string folder) =>
        Directory.EnumerateFiles(Path.Combine(Output, folder), "*.html").Where(f => Path.GetFileName(f) != "index.html");

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); }
        catch (IOException) { /* a leftover temp folder is harmless */ }
    }
}

public sealed class DefaultContentTests(DefaultContentBuild site) : IClassFixture<DefaultContentBuild>
{
    private const string Plan = "progressions/return-to-running.html";

    [Fact]
    public void Default_content_builds_cleanly()
    {
        Assert.True(site.Run.ExitCode == 0, site.Run.Errors);
        Assert.Equal("0 errors, 0 warnings", site.Run.Errors.TrimEnd().Split('\n')[^1].TrimEnd('\r'));
        Assert.StartsWith("Built ", site.Run.Output);
    }

    [Fact]
    public void Every_local_link_in_the_default_site_resolves_to_a_file()
    {
        var links = Pages.LocalLinks(site.Output).ToList();
        Assert.True(links.Count > 500, $"only {links.Count} links");

        var broken = links.Where(l => !File.Exists(l.Target)).Select(l => $"{l.Page}: {l.Href}").ToList();
        Assert.Empty(broken);
    }

    [Fact]
    public void Default_site_has_the_expected_amount_of_content()
    {
        Assert.True(site.Files("exercises").Count() >= 10, "fewer than 10 exercise pages");
        Assert.True(site.Files("explanations").Count() >= 5, "fewer than 5 explanation pages");
        Assert.True(site.Files("regions").Count() >= 8, "fewer than 8 region pages");
        Assert.Equal(4, site.Page(Plan).QuerySelectorAll("ol.stages > li.stage").Length);
    }

    [Fact]
    public void Every_stage_exercise_of_the_plan_is_reachable_and_links_back_to_it()
    {
        var hrefs = site.Page(Plan).QuerySelectorAll("li.stage .stage-exercises a").Select(a => a.GetAttribute("href")!).Distinct().ToList();
        Assert.True(hrefs.Count >= 8, $"only {hrefs.Count} stage exercises");

        foreach (var href in hrefs)
        {
            Assert.StartsWith("../exercises/", href);
            var file = Path.GetFullPath(Path.Combine(site.Output, "progressions", href));
            Assert.True(File.Exists(file), $"{href} does not exist");
            var usedBy = Pages.Open(file).QuerySelectorAll("#used-by a").Select(a => a.GetAttribute("href"));
            Assert.Contains("../" + Plan, usedBy);
        }
    }

    [Fact]
    public void Prerequisite_screens_of_the_plan_link_back_to_it()
    {
        var hrefs = site.Page(Plan).QuerySelectorAll("#prerequisites a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(3, hrefs.Count);

        foreach (var href in hrefs)
        {
            var page = Pages.Open(Path.Combine(site.Output, "progressions", href));
            Assert.Contains("../" + Plan, page.QuerySelectorAll("#used-by a").Select(a => a.GetAttribute("href")));
        }
    }

    [Fact]
    public void Every_exercise_page_has_steps_and_stop_signs()
    {
        foreach (var file in site.Files("exercises"))
        {
            var page = Pages.Open(file);
            var name = Path.GetFileName(file);
            Assert.True(page.QuerySelectorAll("#stop-if li").Any(li => li.TextContent.Trim().Length > 0), $"{name}: no stop signs");
            Assert.True(page.QuerySelectorAll("#steps ol.steps > li").Any(li => li.TextContent.Trim().Length > 0), $"{name}: no steps");
        }
    }

    [Fact]
    public void Every_source_citation_points_at_a_claim_on_the_source_page()
    {
        var checkedLinks = 0;
        foreach (var file in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            foreach (var href in Pages.Open(file).QuerySelectorAll("a[href*='sources/']").Select(a => a.GetAttribute("href")!))
            {
                var parts = href.Split('#');
                if (parts.Length < 2 || parts[0].EndsWith("index.html")) continue;
                var source = Pages.Open(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, parts[0])));
                var claim = source.GetElementById(parts[1]);
                Assert.True(claim is not null && claim.ClassList.Contains("claim"), $"{Path.GetRelativePath(site.Output, file)}: {href}");
                checkedLinks++;
            }
        }
        Assert.True(checkedLinks > 20, $"only {checkedLinks} citation links");
    }

    [Fact]
    public void Every_page_of_the_default_site_has_one_h1_and_no_duplicate_ids()
    {
        foreach (var file in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            var page = Pages.Open(file);
            var name = Path.GetRelativePath(site.Output, file);
            Assert.True(page.QuerySelectorAll("h1").Length == 1, $"{name}: {page.QuerySelectorAll("h1").Length} h1 elements");
            var duplicated = page.QuerySelectorAll("[id]").GroupBy(e => e.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(duplicated.Count == 0, $"{name}: duplicate ids {string.Join(", ", duplicated)}");
        }
    }
}
