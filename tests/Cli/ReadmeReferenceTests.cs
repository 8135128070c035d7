using Trackside.Cli;
using Trackside.Tests.Support;

namespace Trackside.Tests.Cli;

public sealed class ReadmeReferenceTests
{
    private const string Start = "<!-- reference:start -->\n";
    private const string End = "<!-- reference:end -->";

    [Fact]
    public void Readme_reference_matches_the_field_tables_and_codes()
    {
        var readmePath = Path.Combine(RepoPaths.Root, "README.md");
        var readme = File.ReadAllText(readmePath).Replace("\r\n", "\n");
        var from = readme.IndexOf(Start, StringComparison.Ordinal) + Start.Length;
        var to = readme.IndexOf(End, StringComparison.Ordinal);
        Assert.True(from >= Start.Length && to > from - 1, "README.md lacks the reference markers");

        var expected = ReferenceCommand.Text();
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
            File.WriteAllText(readmePath, readme[..from] + expected + readme[to..]);
        else
            Assert.Equal(expected, readme[from..to]);
    }

    [Fact]
    public void Reference_command_prints_every_code()
    {
        var run = FixtureSite.Run(["reference"]);
        Assert.Equal(0, run.ExitCode);
        foreach (var code in Trackside.Diagnostics.Codes.All) Assert.Contains($"| {code.Id} | {code.Slug} |", run.Output);
    }
}
