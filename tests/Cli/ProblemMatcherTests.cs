using System.Text.Json;
using System.Text.RegularExpressions;
using Trackside.Tests.Support;

namespace Trackside.Tests.Cli;

/// <summary>The CI problem matcher and the diagnostics agree, so pull requests get annotations on the right lines.</summary>
public sealed class ProblemMatcherTests
{
    [Fact]
    public void Problem_matcher_reads_file_line_column_severity_code_and_message()
    {
        var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, ".github/trackside-problem-matcher.json")));
        var regex = new Regex(json.RootElement.GetProperty("problemMatcher")[0].GetProperty("pattern")[0].GetProperty("regexp").GetString()!);
        using var site = FixtureSite.Create().With("content/regions/foot.yaml", "title: Foot\nconects: [ankle]\n").With("content/regions/knee.yml", "title: Knee\n");

        var run = site.Check();
        var matches = run.Errors.Split('\n').Select(l => regex.Match(l.TrimEnd('\r'))).Where(m => m.Success).ToList();

        Assert.Equal(2, matches.Count); // the two diagnostics, and none of the excerpt or hint lines
        var error = matches.Single(m => m.Groups[4].Value == "error");
        Assert.Equal(["content/regions/foot.yaml", "2", "1", "V104"], new[] { error.Groups[1].Value, error.Groups[2].Value, error.Groups[3].Value, error.Groups[5].Value });
        Assert.Equal("unknown field `conects` in a region", error.Groups[6].Value);
        Assert.Equal("content/regions/knee.yml", matches.Single(m => m.Groups[4].Value == "warning").Groups[1].Value);
    }
}
