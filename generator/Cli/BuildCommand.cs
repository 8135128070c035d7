using System.CommandLine;
using System.Diagnostics;
using Trackside.Build;

namespace Trackside.Cli;

/// <summary><c>build</c>: builds the site and publishes it only when there are no errors.</summary>
internal static class BuildCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var source = SourceOptions.Source();
        var outputOption = new Option<DirectoryInfo?>("--output", "-o") { Description = "Where to write the site (default: _site in the source folder)." };
        var baseUrl = new Option<string?>("--base-url") { Description = "The address the site will be published at, e.g. https://club.example/ (overrides base_url in content/site.yaml)." };
        var timings = new Option<bool>("--timings") { Description = "Print the time each pipeline stage took." };
        var clean = new Option<bool>("--clean") { Description = "Render every page, instead of reusing the pages of the published site whose inputs are unchanged." };
        var command = new Command("build", "Build the site. A failed build leaves the published site unchanged.") { source, outputOption, baseUrl, timings, clean };
        command.SetAction(parsed =>
        {
            var folder = SourceOptions.Resolve(parsed.GetValue(source)!, error);
            if (folder is null) return ExitCodes.UsageError;
            var target = parsed.GetValue(outputOption)?.FullName ?? Path.Combine(folder, "_site");
            if (OutputPlacement.Problem(folder, target) is { } problem)
            {
                error.WriteLine($"error: {problem}");
                return ExitCodes.UsageError;
            }
            var url = parsed.GetValue(baseUrl);
            if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            {
                error.WriteLine($"error: --base-url must be a web address starting with https:// or http://, not `{url}`");
                return ExitCodes.UsageError;
            }

            var clock = Stopwatch.StartNew();
            var result = BuildPipeline.Run(new BuildOptions(folder, target, url) { Clean = parsed.GetValue(clean) });
            var exit = DiagnosticsReport.Write(result, error);
            if (parsed.GetValue(timings))
            {
                foreach (var (stage, time) in result.Timings.Stages) output.WriteLine($"{stage,-14} {time.TotalMilliseconds,8:F0} ms");
                // Allocations do not depend on what else the machine is doing: comparable across runs.
                output.WriteLine("allocated (MB) and GC pause (ms) per stage: " +
                    string.Join(", ", result.Timings.Memory.Select(m => $"{m.Stage} {m.AllocatedBytes >> 20}/{m.GcPause.TotalMilliseconds:F0}")));
                output.WriteLine($"whole process: allocated {GC.GetTotalAllocatedBytes() >> 20} MB, collections gen0/1/2 " +
                    $"{GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, GC pause {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms in all");
                // What start-up costs besides the build: code compiled at run time, not ahead of time.
                output.WriteLine($"just-in-time compiled: {System.Runtime.JitInfo.GetCompiledMethodCount()} methods, " +
                    $"{System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F0} ms");
            }
            output.WriteLine(result.Published
                ? $"Built {Path.GetRelativePath(Directory.GetCurrentDirectory(), target)} in {clock.ElapsedMilliseconds} ms: {result.Pages} pages rendered, the others unchanged."
                : "Nothing was published; the previous site is unchanged.");
            return exit;
        });
        return command;
    }
}
