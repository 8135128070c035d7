using System.Diagnostics;
using Trackside.Build;

namespace Trackside.Bench.Runs;

/// <summary>
/// What `serve` does after a save: an incremental session that has built once, then rebuilds after
/// one file changed. Measured from the change to the rewritten pages (the watcher's debounce excluded).
/// </summary>
public static class SessionRebuild
{
    /// <summary>One rebuild: its wall and CPU time, the pages it rendered, and the time of each stage.</summary>
    public sealed record Rebuild(string Edit, TimeSpan Wall, TimeSpan Cpu, int Pages, IReadOnlyList<(string Stage, TimeSpan Time)> Stages);

    /// <summary>
    /// Alternates two edits of <paramref name="editedFile"/>: adding a comment (the file's own page, and
    /// the pages that show its whole file) and a new title (also every page and extra that lists it).
    /// Each build is told the edited file, as serve's file watcher tells it.
    /// </summary>
    public static (TimeSpan First, IReadOnlyList<Rebuild> Edits) Run(string source, string output, string editedFile, int edits)
    {
        var session = new BuildSession(new BuildOptions(source, output), incremental: true);
        var clock = Stopwatch.StartNew();
        Check(session.Build());
        var first = clock.Elapsed;

        var original = File.ReadAllText(editedFile);
        var current = original;
        var results = new List<Rebuild>();
        string[] changed = [Path.GetRelativePath(source, editedFile).Replace('\\', '/')]; // what serve's file watcher reports
        for (var i = 1; i <= edits; i++)
        {
            var retitle = i % 2 == 0;
            current = retitle ? Retitled(original, i) + Comments(current) : current + $"# benchmark edit {i}\n";
            File.WriteAllText(editedFile, current);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            clock.Restart();
            var result = session.Build(changed);
            var wall = clock.Elapsed;
            results.Add(new Rebuild(retitle ? "title" : "comment", wall, Process.GetCurrentProcess().TotalProcessorTime - cpu, result.Pages, result.Timings.Stages));
            Check(result);
        }
        File.WriteAllText(editedFile, original);
        return (first, results);
    }

    // Corpus files start with their title line.
    private static string Retitled(string yaml, int edit) =>
        yaml.StartsWith("title: ", StringComparison.Ordinal) ? $"title: Edit {edit} {yaml["title: ".Length..]}" : throw new InvalidOperationException("the edited file has no title line first");

    // The comment lines the earlier edits appended, kept by a title edit.
    private static string Comments(string yaml) => string.Concat(yaml.Split('\n').Where(l => l.StartsWith("# benchmark edit", StringComparison.Ordinal)).Select(l => l + "\n"));

    private static void Check(BuildResult result)
    {
        if (!result.Published) throw new InvalidOperationException("the session build failed: " + string.Join("; ", result.Diagnostics.Take(3)));
    }
}
