using Trackside.Tests.Support;

namespace Trackside.Tests.Cli;

public sealed class CommandLineTests
{
    [Fact]
    public void Unknown_option_is_a_usage_error_with_exit_code_2()
    {
        var run = FixtureSite.Run(["build", "--sauce", "x"]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--sauce", run.Errors);
        Assert.Contains("--help", run.Errors);
    }

    [Fact]
    public void No_command_is_a_usage_error()
    {
        Assert.Equal(2, FixtureSite.Run([]).ExitCode);
    }

    [Theory]
    [InlineData("build")]
    [InlineData("check")]
    [InlineData("serve")]
    public void Every_command_has_help(string command)
    {
        var run = FixtureSite.Run([command, "--help"]);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("--source", run.Output);
    }

    [Fact]
    public void Missing_source_folder_is_a_usage_error()
    {
        var run = FixtureSite.Run(["check", "--source", Path.Combine(Path.GetTempPath(), "no-such-site-" + Guid.NewGuid())]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("does not exist", run.Errors);
    }

    [Fact]
    public void Build_makes_an_output_folder_whose_parents_do_not_exist_yet()
    {
        using var site = FixtureSite.Create();
        var output = Path.Combine(site.Root, "new", "deeper", "site");

        var run = FixtureSite.Run(["build", "--source", site.Source, "--output", output]);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("another build", run.Errors);
        Assert.Equal("Calf raise", Pages.Open(Path.Combine(output, "exercises", "calf-raise.html")).QuerySelector("main h1")!.TextContent);
    }

    [Fact]
    public void Check_reports_errors_and_writes_nothing()
    {
        using var site = FixtureSite.Create().With("content/regions/foot.yaml", "title: Foot\nconects: [ankle]\n");
        var run = site.Check();
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["content/regions/foot.yaml:2:1: error V104: unknown field `conects` in a region"], run.DiagnosticLines);
        Assert.Contains("hint: did you mean `connects`?", run.Errors);
        Assert.False(Directory.Exists(site.Output));
        Assert.False(Directory.Exists(Path.Combine(site.Source, "_site")));
    }

    [Fact]
    public void Check_of_valid_content_succeeds()
    {
        using var site = FixtureSite.Create();
        var run = site.Check();
        Assert.Equal(0, run.ExitCode);
        Assert.EndsWith("0 errors, 0 warnings", run.Errors.Trim());
    }

    [Theory]
    [InlineData("content")]
    [InlineData("content/public")]
    [InlineData("seeds")]
    [InlineData("")]
    public void Output_inside_content_or_holding_the_source_is_refused(string inside)
    {
        using var site = FixtureSite.Create();
        var before = FolderSnapshot.Take(site.Source);
        var run = FixtureSite.Run(["build", "--source", site.Source, "--output", Path.Combine(site.Source, inside)]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Choose another --output", run.Errors);
        Assert.Equal(before, FolderSnapshot.Take(site.Source));
    }

    [Fact]
    public void Output_that_is_a_parent_of_the_source_is_refused()
    {
        using var site = FixtureSite.Create();
        var run = FixtureSite.Run(["build", "--source", site.Source, "--output", site.Root]);
        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public void Default_output_is_site_folder_inside_the_source()
    {
        using var site = FixtureSite.Create();
        var run = FixtureSite.Run(["build", "--source", site.Source]);
        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(site.Source, "_site", "index.html")));
    }

    [Fact]
    public void Base_url_option_sets_canonical_links()
    {
        using var site = FixtureSite.Create();
        Assert.Equal(0, site.Build("--base-url", "https://other.example/club/").ExitCode);
        var canonical = site.Page("exercises/calf-raise.html").QuerySelector("link[rel=canonical]")!.GetAttribute("href");
        Assert.Equal("https://other.example/club/exercises/calf-raise.html", canonical);
    }

    [Fact]
    public void Invalid_base_url_is_a_usage_error()
    {
        using var site = FixtureSite.Create();
        Assert.Equal(2, site.Build("--base-url", "javascript:alert(1)").ExitCode);
    }

    [Fact]
    public void Rebuild_replaces_the_site_and_leaves_no_staging_folders()
    {
        using var site = FixtureSite.Create();
        Assert.Equal(0, site.Build().ExitCode);
        File.WriteAllText(Path.Combine(site.Output, "stale.html"), "old");
        site.With("content/regions/hamstring.yaml", "title: Hamstrings\nsummary: Changed.\n");

        Assert.Equal(0, site.Build().ExitCode);

        Assert.False(File.Exists(Path.Combine(site.Output, "stale.html")));
        Assert.Equal("Hamstrings", site.Page("regions/hamstring.html").QuerySelector("h1")!.TextContent);
        Assert.Equal(["out", "site"], Directory.GetFileSystemEntries(site.Root).Select(Path.GetFileName).Where(n => !n!.EndsWith(".lock")).Order());
    }

    [Fact]
    public void Leftover_staging_folder_of_a_killed_build_is_removed_by_the_next_build()
    {
        using var site = FixtureSite.Create();
        var leftover = Path.Combine(site.Root, ".out.staging-deadbeef0000");
        Directory.CreateDirectory(leftover);
        File.WriteAllText(Path.Combine(leftover, "index.html"), "half written");

        Assert.Equal(0, site.Build().ExitCode);
        Assert.False(Directory.Exists(leftover));
    }
}
