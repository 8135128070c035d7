using Trackside.Bench.Corpus;

namespace Trackside.Bench.Runs;

/// <summary>
/// For each corpus size: a clean full build and a one-file rebuild in fresh processes, then one-file
/// rebuilds in a long-lived session (serve). Prints figures, and the full build's cost per page across
/// the sizes (flat when build time grows linearly); asserts nothing: targets live in the README.
/// </summary>
public static class BenchmarkRun
{
    /// <param name="serveOnly">Skip the fresh-process builds: only the serve session's rebuilds.</param>
    /// <param name="fullOnly">Only the clean full build in a fresh process (for large N such as 50000).</param>
    public static void Run(IReadOnlyList<int> sizes, string work, bool serveOnly, bool fullOnly, int edits, TextWriter output)
    {
        output.WriteLine($"machine: {Environment.ProcessorCount} cores; work folder {work}");
        var perPage = new List<(int N, ChildBuild Build)>();
        foreach (var n in sizes)
        {
            var source = Path.Combine(work, $"corpus-{n}");
            var site = Path.Combine(work, $"site-{n}");
            if (Directory.Exists(source)) Directory.Delete(source, recursive: true);
            if (Directory.Exists(site)) Directory.Delete(site, recursive: true);
            CorpusGenerator.Write(source, n, CorpusGenerator.DefaultSeed);
            var edited = Directory.EnumerateFiles(Path.Combine(source, "content", "exercises")).Order(StringComparer.Ordinal).First();

            output.WriteLine();
            output.WriteLine($"N = {n}");
            if (!serveOnly) perPage.Add((n, FreshProcessBuilds(source, site, edited, fullOnly, output)));
            if (!fullOnly) Session(source, Path.Combine(work, $"preview-{n}"), edited, edits, output);
        }
        output.WriteLine();
        output.WriteLine("full build cost per page (wall, CPU):");
        foreach (var (n, build) in perPage)
            output.WriteLine($"  N = {n,6}: {build.Wall.TotalMilliseconds * 1000 / build.PagesRendered,6:F0} µs/page wall, {build.Cpu.TotalMilliseconds * 1000 / build.PagesRendered,6:F0} µs/page CPU");
    }

    /// <summary>Serve-session rebuilds of an existing site (such as the repository's own content), on a copy in <paramref name="work"/>.</summary>
    public static void RunSite(string site, string work, int edits, TextWriter output)
    {
        var source = Path.Combine(work, "site-copy");
        if (Directory.Exists(source)) Directory.Delete(source, recursive: true);
        foreach (var folder in new[] { "content", "seeds", "templates" }.Where(f => Directory.Exists(Path.Combine(site, f))))
            foreach (var file in Directory.EnumerateFiles(Path.Combine(site, folder), "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(source, Path.GetRelativePath(site, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        var edited = Directory.EnumerateFiles(Path.Combine(source, "content", "exercises")).Order(StringComparer.Ordinal).First();
        output.WriteLine($"machine: {Environment.ProcessorCount} cores; site {site}, copied to {source}");
        Session(source, Path.Combine(work, "site-copy-preview"), edited, edits, output);
    }

    private static void Session(string source, string preview, string edited, int edits, TextWriter output)
    {
        if (Directory.Exists(preview)) Directory.Delete(preview, recursive: true);
        var (first, rebuilds) = SessionRebuild.Run(source, preview, edited, edits);
        output.WriteLine($"  serve session: first build {first.TotalSeconds:F2} s; one-file rebuilds of {Path.GetFileName(edited)}:");
        foreach (var kind in rebuilds.GroupBy(r => r.Edit))
        {
            var median = kind.OrderBy(r => r.Wall).ElementAt(kind.Count() / 2);
            output.WriteLine($"    {kind.Key} edit: {string.Join(", ", kind.Select(r => $"{r.Wall.TotalMilliseconds:F0}"))} ms wall; " +
                $"median {median.Wall.TotalMilliseconds:F0} ms wall, {median.Cpu.TotalMilliseconds:F0} ms CPU, {median.Pages} pages rendered");
            output.WriteLine($"      stages of the median: {string.Join(", ", median.Stages.Select(s => $"{s.Stage} {s.Time.TotalMilliseconds:F0} ms"))}");
        }
    }

    private static ChildBuild FreshProcessBuilds(string source, string site, string edited, bool fullOnly, TextWriter output)
    {
        var full = ChildBuild.Run(source, site, clean: true);
        var pages = full.PagesRendered;
        output.WriteLine($"  {pages} pages");
        output.WriteLine($"  full build (fresh process, --clean): {full.Wall.TotalSeconds:F2} s wall, {full.Cpu.TotalSeconds:F2} s CPU, {pages / full.Wall.TotalSeconds:F0} pages/s, peak RSS {full.PeakRssKb / 1024} MB");
        output.WriteLine($"    stages: {string.Join(", ", full.Stages.Select(s => $"{s.Stage} {s.Ms:F0} ms"))}");
        if (fullOnly) return full;
        File.AppendAllText(edited, "# benchmark edit\n");
        var again = ChildBuild.Run(source, site, clean: false);
        output.WriteLine($"  one-file rebuild (fresh process, reusing the published site): {again.Wall.TotalSeconds:F2} s wall, {again.PagesRendered} pages rendered, peak RSS {again.PeakRssKb / 1024} MB");
        return full;
    }
}
