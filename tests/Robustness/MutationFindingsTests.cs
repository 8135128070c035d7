using Trackside.Tests.Support;

namespace Trackside.Tests.Robustness;

/// <summary>
/// Inputs the mutation property found, shrunk by hand to what a coach might really write. Each was a
/// crash or a broken diagnostic line; these keep them fixed.
/// </summary>
public sealed class MutationFindingsTests
{
    public static TheoryData<string, string> UnindentedContinuations() => new()
    {
        // A long list wrapped onto the next line without indenting it.
        { "content/regions/foot.yaml", "title: Foot\nconnects: [ankle,\nhamstring]\n" },
        { "content/regions/foot.yaml", "title: Foot\nconnects: [ankle\nhamstring]\n" },
        { "content/regions/foot.yaml", "title: Foot\nconnects: [ankle\n- hamstring\n" },
        { "content/exercises/calf-raise.yaml", "title: Calf raise\nsummary: S\ncategory: strength\nlevel: beginner\nregions: [ankle]\nsteps: [Rise]\nstop_if: [Pain]\ndose: {sets: 3,\nreps: 12}\n" },
        { "content/explanations/why-ankles.md", "---\ntitle: Why ankles matter\nsummary: S\nregions: [ankle,\nhamstring]\n---\nBody.\n" },
    };

    [Theory]
    [MemberData(nameof(UnindentedContinuations))]
    public void Flow_list_continued_on_an_unindented_line_is_a_located_syntax_error(string file, string content)
    {
        using var site = FixtureSite.Create();
        Assert.Equal(0, site.Build().ExitCode);
        var published = FolderSnapshot.Take(site.Output);
        site.With(file, content);

        var run = site.Build();

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"{file}:", run.DiagnosticLines[0]);
        Assert.Contains(": error Y001: ", run.DiagnosticLines[0]);
        Assert.DoesNotContain("Exception", run.Errors);
        Assert.Equal(published, FolderSnapshot.Take(site.Output));
    }

    private const string AnkleScreen =
        "title: Ankle screen\nsummary: Measure how far the knee travels past the toes.\ncategory: screen\nlevel: beginner\n" +
        "regions: [ankle]\nsteps:\n  - Face a wall with one foot forward.\nstop_if: [Pain in the ankle]\n";

    [Theory]
    [InlineData("level: beginner\n", "level: |\n  beginner\n")]
    [InlineData("stop_if:", "updated: >\n  2024-01-01\nstop_if:")]
    [InlineData("category: screen\n", "category: screen\n\n  test\n")]
    [InlineData("stop_if:", "regression: no-such-exercise\n\n  at all\nstop_if:")]
    public void Value_with_a_line_break_is_quoted_on_one_line(string field, string replacement)
    {
        using var site = FixtureSite.Create();
        site.With("content/exercises/ankle-screen.yaml", AnkleScreen.Replace(field, replacement));

        var run = site.Build();

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(CliContract.Problems(run));
    }
}
