using System.Diagnostics;
using Trackside.Tests.Support;
using Xunit.Abstractions;

namespace Trackside.Tests.Robustness;

/// <summary>
/// A build killed with SIGKILL at a random moment (loading, rendering, writing the staging folder, or
/// swapping it in) leaves the published site byte-for-byte as it was, or, when it got as far as the
/// swap, a complete new site; the next build clears what the killed ones left behind.
/// TRACKSIDE_KILL_ROUNDS sets the number of kills, TRACKSIDE_KILL_SEED replays a run's delays.
/// </summary>
public sealed class KillTests(ITestOutputHelper log)
{
    // Big enough that a build runs for a second or two, so the kills land in every stage.
    private const int CorpusSize = 300;

    private static readonly int Rounds = int.TryParse(Environment.GetEnvironmentVariable("TRACKSIDE_KILL_ROUNDS"), out var r) && r > 0 ? r : 6;

    [Fact]
    public void Killed_build_leaves_the_published_site_whole_and_the_next_build_cleans_up()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("TRACKSIDE_KILL_SEED"), out var s) ? s : Environment.TickCount;
        var random = new Random(seed);
        log.WriteLine($"seed {seed} (TRACKSIDE_KILL_SEED={seed} replays the delays)");
        using var site = ScratchSite.Corpus(CorpusSize, seed: 2000);

        RunToEnd(site, "the first build");
        var published = FolderSnapshot.Take(site.Output);
        // A rebuild over a published site is what each round kills: time that one.
        var clock = Stopwatch.StartNew();
        RunToEnd(site, "the second build");
        var buildTime = clock.Elapsed;
        log.WriteLine($"a rebuild as a child process takes {buildTime.TotalMilliseconds:F0} ms");
        Assert.True(Same(published, FolderSnapshot.Take(site.Output)), "rebuilding the same source changed the site");

        Lazy<IReadOnlyDictionary<string, string>> expected = new(() => ReferenceBuild(site));
        for (var round = 1; round <= Rounds; round++)
        {
            expected = ChangeOneTitle(site, round);
            // Spread the kills over the whole build, and a little past it, so some builds finish;
            // capped, so a slow machine does not stretch the test past a minute.
            var span = Math.Min(buildTime.TotalMilliseconds * 1.4, 5000) - 50;
            var delay = TimeSpan.FromMilliseconds(50 + span * (round - 1 + random.NextDouble()) / Rounds);

            using var child = Child.Start(site);
            Thread.Sleep(delay);
            var finishedFirst = child.Process.HasExited;
            if (!finishedFirst) child.Process.Kill(entireProcessTree: true);
            child.Process.WaitForExit();

            var now = FolderSnapshot.Take(site.Output);
            var what = $"round {round} (seed {seed}): after {delay.TotalMilliseconds:F0} ms the build was " +
                       (finishedFirst ? $"finished with exit {child.Process.ExitCode}" : "killed");
            log.WriteLine($"{what}; output {(Same(published, now) ? "unchanged" : "replaced")}; leftovers: {string.Join(", ", site.Leftovers())}");

            if (finishedFirst) Assert.True(child.Process.ExitCode == 0, $"{what}\n{child.Errors}");
            if (Same(published, now))
            {
                Assert.False(finishedFirst, $"{what}, yet the published site was not replaced");
                continue;
            }
            Assert.True(Same(expected.Value, now), $"{what}: the output is neither the previous site nor the complete new one");
            published = now;
        }

        RunToEnd(site, "the build after the kills");
        Assert.Empty(site.Leftovers());
        Assert.True(Same(expected.Value, FolderSnapshot.Take(site.Output)), "the build after the kills did not publish the complete site");
    }

    private static void RunToEnd(ScratchSite site, string what)
    {
        using var child = Child.Start(site);
        if (!child.Process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            child.Process.Kill(entireProcessTree: true);
            Assert.Fail($"{what} did not finish within two minutes");
        }
        Assert.True(child.Process.ExitCode == 0, $"{what} failed:\n{child.Errors}");
    }

    /// <summary>Gives the first exercise a new title, so a build that completes publishes a different site.</summary>
    private static Lazy<IReadOnlyDictionary<string, string>> ChangeOneTitle(ScratchSite site, int round)
    {
        var file = Directory.GetFiles(Path.Combine(site.Source, "content/exercises")).Order(StringComparer.Ordinal).First();
        var lines = File.ReadAllLines(file).Select(l => l.StartsWith("title: ", StringComparison.Ordinal) ? $"title: Round {round} title" : l);
        File.WriteAllText(file, string.Join('\n', lines) + "\n");
        return new Lazy<IReadOnlyDictionary<string, string>>(() => ReferenceBuild(site));
    }

    /// <summary>The site the current source should give, built in-process into a folder of its own.</summary>
    private static IReadOnlyDictionary<string, string> ReferenceBuild(ScratchSite site)
    {
        var folder = Path.Combine(site.Root, "reference");
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        var run = FixtureSite.Run(["build", "--source", site.Source, "--output", folder]);
        Assert.True(run.ExitCode == 0, run.Errors);
        return FolderSnapshot.Take(folder);
    }

    private static bool Same(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        a.Count == b.Count && a.All(e => b.TryGetValue(e.Key, out var hash) && hash == e.Value);

    /// <summary>The real tool, <c>dotnet trackside.dll build</c>, as a child process that can be killed.</summary>
    private sealed class Child : IDisposable
    {
        private readonly System.Text.StringBuilder _errors = new();

        private Child(Process process) => Process = process;

        public Process Process { get; }

        public string Errors
        {
            get { lock (_errors) return _errors.ToString(); }
        }

        public static Child Start(ScratchSite site)
        {
            var start = new ProcessStartInfo(Host())
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "trackside.dll"), "build", "--source", site.Source, "--output", site.Output })
                start.ArgumentList.Add(arg);
            var child = new Child(new Process { StartInfo = start });
            child.Process.ErrorDataReceived += (_, e) => { lock (child._errors) child._errors.AppendLine(e.Data); };
            child.Process.OutputDataReceived += (_, _) => { };
            child.Process.Start();
            child.Process.BeginErrorReadLine();
            child.Process.BeginOutputReadLine();
            return child;
        }

        public void Dispose() => Process.Dispose();

        // The dotnet CLI tells the processes it starts where its host is; fall back on the PATH.
        private static string Host() =>
            Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
    }
}
