using System.Diagnostics;
using System.Text.Json;
using Trackside.Search;
using Trackside.Tests.Support;
using Xunit.Abstractions;

namespace Trackside.Tests.Search;

/// <summary>
/// Runs the real static/search.js in Node against the index of the base fixture
/// (tests/Search/js/search.test.cjs): typed words, prefixes, typos (first letter included), and the
/// tokenizer agreeing with the generator's. Skipped, with the reason, where node is not on PATH.
/// </summary>
public sealed class SearchScriptTests(SearchFixtureBuild build, ITestOutputHelper output) : IClassFixture<SearchFixtureBuild>
{
    private static readonly string[] TokenCases =
    [
        "Single-leg calf raise", "Don't bounce — STOP", "Athlete’s knee", "Crème brûlée, Ærø, Straße, Łódź, ĲSSEL",
        "e\u0301tude", "3 x 12 reps @ 60 s, 35-40°", "ΣΟΦΙΑ Москва 東京 İstanbul", "tab\there\nnew line", "🏃 run🏃fast",
        new string('a', 33) + " " + new string('b', 32),
    ];

    [NodeFact]
    public void The_search_script_finds_words_prefixes_and_typos()
    {
        var cases = Path.Combine(build.Site.Root, "token-cases.json");
        File.WriteAllText(cases, JsonSerializer.Serialize(TokenCases.Select(text => new { text, terms = SearchText.Terms(text) })));

        var (exit, text) = Node.Run(Path.Combine(RepoPaths.Root, "tests/Search/js/search.test.cjs"), build.Site.Output, cases);

        output.WriteLine(text);
        Assert.True(exit == 0, text);
        Assert.Contains("all checks passed", text);
    }
}

/// <summary>Where node is, if anywhere on PATH.</summary>
public static class Node
{
    public static string? Path { get; } = Find();

    public static (int Exit, string Output) Run(params string[] args)
    {
        var start = new ProcessStartInfo(Path!) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(120_000)) { process.Kill(entireProcessTree: true); return (-1, stdout + "\n(timed out)"); }
        return (process.ExitCode, stdout + stderr.Result);
    }

    private static string? Find()
    {
        var names = OperatingSystem.IsWindows() ? new[] { "node.exe" } : ["node"];
        return (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => names.Select(n => System.IO.Path.Combine(dir, n)))
            .FirstOrDefault(File.Exists);
    }
}

/// <summary>A test that needs node: skipped, with the reason, where node is not on PATH.</summary>
public sealed class NodeFactAttribute : FactAttribute
{
    public NodeFactAttribute()
    {
        if (Node.Path is null) Skip = "node is not on PATH: install Node.js (v18 or later) to run the search script's tests";
    }
}
