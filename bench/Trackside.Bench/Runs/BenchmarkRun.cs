using Trackside.Bench.Corpus;

namespace Trackside.Bench.Runs;

/// <summary>
/// For each corpus size: a clean full build and a one-file rebuild in fresh processes, then one-file
/// rebuilds in a long-lived session (serve). Prints figures, and the full build's cost per page across
/// the sizes (flat when build time grows linearly); asserts nothing: targets live in the README.
/// </summary>
public static class BenchmarkRun
{
    public static void Run(IReadOnlyList<int> sizes, string work, bool fullOnly, TextWriter output)
    {
        output.WriteLine($"machine: {Environment.ProcessorCount} cores; work folder {work}");
        var perPage = new List<(int N, int Pages, ChildBuild Build)>();
        foreach (var n in sizes)
        {
            var source = Path.Combine(work, $"corpus-{n}");
            var site = Path.Combine(work, $"site-{n}");
            if (Directory.Exists(source)) Directory.Delete(source, recursive: true);
            if (Directory.Exists(site)) Directory.Delete(site, recursive: true);
            CorpusGenerator.Write(source, n, CorpusGenerator.DefaultSeed);
            var edited = Directory.EnumerateFiles(Path.Combine(source, "content", "exercises")).Order(StringComparer.Ordinal).First();

            var full = ChildBuild.Run(source, site, clean: true);
            perPage.Add((n, full.PagesRendered, full));
            output.WriteLine();
            output.WriteLine($"N = {n}: {full.PagesRendered} pages");
            output.WriteLine($"  full build (fresh process, --clean): {full.Wall.TotalSeconds:F2} s wall, {full.Cpu.TotalSeconds:F2} s CPU, {full.PagesRendered / full.Wall.TotalSeconds:F0} pages/s, peak RSS {full.PeakRssKb / 1024} MB");
            output.WriteLine($"    stages: {string.Join(", ", full.Stages.Select(s => $"{s.Stage} {s.Ms:F0} ms"))}");
            if (fullOnly) continue;

            File.AppendAllText(edited, "# benchmark edit\n");
            var again = ChildBuild.Run(source, site, clean: false);
            var (first, edits) = SessionRebuild.Run(source, Path.Combine(work, $"preview-{n}"), edited, edits: 5);

            output.WriteLine($"  one-file rebuild (fresh process, reusing the published site): {again.Wall.TotalSeconds:F2} s wall, {again.PagesRendered} pages rendered, peak RSS {again.PeakRssKb / 1024} MB");
            output.WriteLine($"  serve session: first build {first.TotalSeconds:F2} s; one-file rebuilds {string.Join(", ", edits.Select(e => $"{e.Time.TotalMilliseconds:F0} ms ({e.Pages} pages)"))}");
        }
        output.WriteLine();
        output.WriteLine("full build cost per page (wall, CPU):");
        foreach (var (n, pages, build) in perPage)
            output.WriteLine($"  N = {n,6}: {build.Wall.TotalMilliseconds * 1000 / pages,6:F0} µs/page wall, {build.Cpu.TotalMilliseconds * 1000 / pages,6:F0} µs/page CPU");
    }
}
