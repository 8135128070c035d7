using Trackside.Bench.Corpus;

namespace Trackside.Bench.Runs;

/// <summary>
/// For each corpus size: a clean full build and a one-file rebuild in fresh processes, then one-file
/// rebuilds in a long-lived session (serve). Prints figures; asserts nothing: targets live in the README.
/// </summary>
public static class BenchmarkRun
{
    public static void Run(IReadOnlyList<int> sizes, string work, TextWriter output)
    {
        output.WriteLine($"machine: {Environment.ProcessorCount} cores; work folder {work}");
        foreach (var n in sizes)
        {
            var source = Path.Combine(work, $"corpus-{n}");
            var site = Path.Combine(work, $"site-{n}");
            if (Directory.Exists(source)) Directory.Delete(source, recursive: true);
            if (Directory.Exists(site)) Directory.Delete(site, recursive: true);
            CorpusGenerator.Write(source, n, CorpusGenerator.DefaultSeed);
            var edited = Directory.EnumerateFiles(Path.Combine(source, "content", "exercises")).Order(StringComparer.Ordinal).First();

            var full = ChildBuild.Run(source, site, clean: true);
            File.AppendAllText(edited, "# benchmark edit\n");
            var again = ChildBuild.Run(source, site, clean: false);
            var (first, edits) = SessionRebuild.Run(source, Path.Combine(work, $"preview-{n}"), edited, edits: 5);

            var pages = full.PagesRendered;
            output.WriteLine();
            output.WriteLine($"N = {n}: {pages} pages");
            output.WriteLine($"  full build (fresh process, --clean): {full.Wall.TotalSeconds:F2} s wall, {pages / full.Wall.TotalSeconds:F0} pages/s, {full.Wall.TotalMilliseconds * 1000 / pages:F0} µs/page, peak RSS {full.PeakRssKb / 1024} MB");
            output.WriteLine($"    stages: {string.Join(", ", full.Stages.Select(s => $"{s.Stage} {s.Ms:F0} ms"))}");
            output.WriteLine($"  one-file rebuild (fresh process, reusing the published site): {again.Wall.TotalSeconds:F2} s wall, {again.PagesRendered} pages rendered, peak RSS {again.PeakRssKb / 1024} MB");
            output.WriteLine($"  serve session: first build {first.TotalSeconds:F2} s; one-file rebuilds {string.Join(", ", edits.Select(e => $"{e.Time.TotalMilliseconds:F0} ms ({e.Pages} pages)"))}");
        }
    }
}
