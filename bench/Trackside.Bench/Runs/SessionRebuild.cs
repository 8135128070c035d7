using System.Diagnostics;
using Trackside.Build;

namespace Trackside.Bench.Runs;

/// <summary>
/// What `serve` does after a save: an incremental session that has built once, then rebuilds after
/// one file changed. Measured from the change to the rewritten pages (the watcher's debounce excluded).
/// </summary>
public static class SessionRebuild
{
    public static (TimeSpan First, IReadOnlyList<(TimeSpan Time, int Pages)> Edits) Run(string source, string output, string editedFile, int edits)
    {
        var session = new BuildSession(new BuildOptions(source, output), incremental: true);
        var clock = Stopwatch.StartNew();
        Check(session.Build());
        var first = clock.Elapsed;

        var results = new List<(TimeSpan, int)>();
        for (var i = 1; i <= edits; i++)
        {
            File.AppendAllText(editedFile, $"# benchmark edit {i}\n");
            clock.Restart();
            var result = session.Build();
            results.Add((clock.Elapsed, result.Pages));
            Check(result);
        }
        return (first, results);
    }

    private static void Check(BuildResult result)
    {
        if (!result.Published) throw new InvalidOperationException("the session build failed: " + string.Join("; ", result.Diagnostics.Take(3)));
    }
}
