using Trackside.Bench.Corpus;

namespace Trackside.Bench.Runs;

/// <summary>
/// For each corpus size: a clean full build and a one-file rebuild in fresh processes, then one-file
/// rebuilds in a long-lived session (serve). Prints figures; asserts nothing: targets live in the README.
/// </summary>
public static class BenchmarkRun
{
    /// <param name="serveOnly">Skip the fresh-process builds: only the serve session's rebuilds.</param>
    public static void Run(IReadOnlyList<int> sizes, string work, bool serveOnly, int edits, TextWriter output)
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

            output.WriteLine();
            output.WriteLine($"N = {n}");
            if (!serveOnly) FreshProcessBuilds(source, site, edited, output);
            Session(source, Path.Combine(work, $"preview-{n}"), edited, edits, output);
        }
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

    private static void FreshProcessBuilds(string source, string site, string edited, TextWriter output)
    {
        var full = ChildBuild.Run(source, site, clean: true);
        File.AppendAllText(edited, "# benchmark edit\n");
        var again = ChildBuild.Run(source, site, clean: false);
        var pages = full.PagesRendered;
        output.WriteLine($"  {pages} pages");
        output.WriteLine($"  full build (fresh process, --clean): {full.Wall.TotalSeconds:F2} s wall, {pages / full.Wall.TotalSeconds:F0} pages/s, {full.Wall.TotalMilliseconds * 1000 / pages:F0} µs/page, peak RSS {full.PeakRssKb / 1024} MB");
        output.WriteLine($"    stages: {string.Join(", ", full.Stages.Select(s => $"{s.Stage} {s.Ms:F0} ms"))}");
        output.WriteLine($"  one-file rebuild (fresh process, reusing the published site): {again.Wall.TotalSeconds:F2} s wall, {again.PagesRendered} pages rendered, peak RSS {again.PeakRssKb / 1024} MB");
    }
}
