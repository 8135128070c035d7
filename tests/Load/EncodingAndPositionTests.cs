using System.Text;
using Trackside.Tests.Support;

namespace Trackside.Tests.Load;

public sealed class EncodingAndPositionTests
{
    [Fact]
    public void Utf8_with_bom_and_crlf_line_endings_builds()
    {
        var text = "title: Foot\r\nsummary: Bom and CRLF.\r\nconnects: [ankle]\r\n";
        using var site = FixtureSite.Create()
            .WithBytes("content/regions/foot.yaml", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]);

        Assert.Equal(0, site.Build().ExitCode);
        Assert.Equal("Foot", site.Page("regions/foot.html").QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void Crlf_file_errors_point_at_the_right_line_and_column()
    {
        using var site = FixtureSite.Create().With("content/regions/foot.yaml", "title: Foot\r\nsummary: x\r\nconnects: [ankel]\r\n");
        Assert.Equal(["content/regions/foot.yaml:3:12: error L201: there is no region with the id `ankel`"], site.Check().DiagnosticLines);
    }

    [Fact]
    public void Link_errors_in_front_matter_markdown_are_located_in_the_file()
    {
        using var site = FixtureSite.Create().With("content/explanations/why-ankles.md",
            "---\ntitle: Why\nsummary: S.\nregions: [ankle, hamstrng]\n---\nIntro.\n\nSee [it](exercise:calf-rais) now.\n");
        Assert.Equal(
        [
            "content/explanations/why-ankles.md:4:18: error L201: there is no region with the id `hamstrng`",
            "content/explanations/why-ankles.md:8:5: error L201: there is no exercise with the id `calf-rais`",
        ], site.Check().DiagnosticLines.Where(l => l.Contains("L201")));
    }

    [Fact]
    public void Link_errors_in_a_yaml_block_are_located_at_their_line_and_column()
    {
        using var site = FixtureSite.Create().With("content/regions/hamstring.yaml",
            "title: Hamstring\nbody: |\n  First line.\n\n  Then [the walk](exercise:hill-wlk).\n");
        Assert.Equal(["content/regions/hamstring.yaml:5:8: error L201: there is no exercise with the id `hill-wlk`"], site.Check().DiagnosticLines);
    }

    [Fact]
    public void All_problems_across_files_are_reported_in_one_run()
    {
        using var site = FixtureSite.Create()
            .With("content/regions/foot.yaml", "title: Foot\nconnect: [ankle]\n")
            .With("content/regions/hamstring.yaml", "title: [x]\n")
            .With("content/exercises/hill-walk.yaml", "title: Hill walk\n  summary: bad indent\n");
        var lines = site.Check().DiagnosticLines;
        Assert.Contains(lines, l => l.StartsWith("content/regions/foot.yaml:2:1: error V104"));
        Assert.Contains(lines, l => l.StartsWith("content/regions/hamstring.yaml:1:8: error V102"));
        Assert.Contains(lines, l => l.StartsWith("content/exercises/hill-walk.yaml:2:") && l.Contains("error Y001"));
    }

    [Fact]
    public void Yml_extension_is_reported_as_an_ignored_file_with_a_rename_hint()
    {
        using var site = FixtureSite.Create().With("content/regions/knee.yml", "title: Knee\n");
        var run = site.Check();
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["content/regions/knee.yml:1:1: warning Y011: this file is ignored: only .yaml files in content/regions/ are read"], run.DiagnosticLines);
        Assert.Contains("hint: rename it to knee.yaml", run.Errors);
    }
}
