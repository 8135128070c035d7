using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Trackside.Bench.Runs;

/// <summary>
/// One `build` in a fresh process, as a coach or CI runs it: wall time, CPU time (user + system, steadier
/// than wall time on a shared machine), peak memory, stage times.
/// </summary>
public sealed partial record ChildBuild(TimeSpan Wall, TimeSpan Cpu, long PeakRssKb, int PagesRendered, IReadOnlyList<(string Stage, double Ms)> Stages)
{
    public static ChildBuild Run(string source, string output, bool clean)
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "trackside.dll");
        // GNU time reports the peak resident memory of the whole process, which the process cannot see itself.
        var start = new ProcessStartInfo("/usr/bin/time", ["-f", "peak-rss-kb %M cpu-s %U %S", "dotnet", tool, "build", "--source", source, "--output", output, "--timings", .. clean ? new[] { "--clean" } : []])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        clock.Stop();
        if (process.ExitCode != 0) throw new InvalidOperationException($"the build failed:\n{stderr.Result}");

        var stages = StageLine().Matches(stdout.Result).Select(m => (m.Groups[1].Value, double.Parse(m.Groups[2].Value))).ToList();
        var rendered = int.Parse(Rendered().Match(stdout.Result).Groups[1].Value);
        var rss = long.Parse(PeakRss().Match(stderr.Result).Groups[1].Value);
        var cpu = CpuSeconds().Match(stderr.Result);
        var seconds = double.Parse(cpu.Groups[1].Value, CultureInfo.InvariantCulture) + double.Parse(cpu.Groups[2].Value, CultureInfo.InvariantCulture);
        return new ChildBuild(clock.Elapsed, TimeSpan.FromSeconds(seconds), rss, rendered, stages);
    }

    [GeneratedRegex(@"^(\S[^\d\n]*?)\s+(\d+) ms$", RegexOptions.Multiline)]
    private static partial Regex StageLine();

    [GeneratedRegex(@"(\d+) pages rendered")]
    private static partial Regex Rendered();

    [GeneratedRegex(@"peak-rss-kb (\d+)")]
    private static partial Regex PeakRss();

    [GeneratedRegex(@"cpu-s ([\d.]+) ([\d.]+)")]
    private static partial Regex CpuSeconds();
}
