using CsCheck;
using Trackside.Tests.Support;
using Xunit.Sdk;

namespace Trackside.Tests.Robustness;

/// <summary>A valid site built once, as a template every case copies: its source, its output and that output's hashes.</summary>
public sealed record MutationWorld(string Name, string Source, string Published, IReadOnlyList<string> Files, IReadOnlyDictionary<string, string> Snapshot);

/// <summary>The base fixture and a small generated corpus, each built once for the whole class.</summary>
public sealed class MutationWorlds : IDisposable
{
    private readonly List<ScratchSite> _sites = [];

    public MutationWorlds()
    {
        Base = Prepare("base fixture", ScratchSite.CopyOf(Path.Combine(RepoPaths.Fixtures, "base")));
        Corpus = Prepare("corpus of 20", ScratchSite.Corpus(20, seed: 20));
    }

    public MutationWorld Base { get; }
    public MutationWorld Corpus { get; }

    private MutationWorld Prepare(string name, ScratchSite site)
    {
        _sites.Add(site);
        var run = site.Build();
        if (run.ExitCode != 0) throw new InvalidOperationException($"the {name} does not build:\n{run.Errors}");
        return new MutationWorld(name, site.Source, site.Output, site.ContentFiles(), FolderSnapshot.Take(site.Output));
    }

    public void Dispose() => _sites.ForEach(s => s.Dispose());
}

/// <summary>
/// Random damage to one valid file (deleted characters, moved lines, bad indentation, tabs, YAML
/// indicators, NUL and invalid UTF-8, truncation, huge values) never crashes a build or breaks its
/// output contract (<see cref="CliContract"/>), and a failed build never touches the published site.
/// A failure prints the shrunk case and its CsCheck seed: run again with CsCheck_Seed=SEED to replay it.
/// TRACKSIDE_PROPERTY_ITERATIONS sets the number of cases of each property, for a longer local run.
/// </summary>
public sealed class MutationPropertyTests(MutationWorlds worlds) : IClassFixture<MutationWorlds>
{
    // Sized for about 40 s on two cores: a corpus case builds about three times as many pages.
    [Fact]
    public void Mutated_base_fixture_file_fails_cleanly_and_keeps_the_published_site() => Check(worlds.Base, Iterations(160));

    [Fact]
    public void Mutated_corpus_file_fails_cleanly_and_keeps_the_published_site() => Check(worlds.Corpus, Iterations(50));

    private static long Iterations(long normal) =>
        long.TryParse(Environment.GetEnvironmentVariable("TRACKSIDE_PROPERTY_ITERATIONS"), out var n) && n > 0 ? n : normal;

    private static void Check(MutationWorld world, long iterations) =>
        Gen.Select(Gen.Int[0, world.Files.Count - 1], Mutations.Some)
            .Sample((file, mutations) => BuildMutated(world, world.Files[file], mutations),
                iter: iterations, print: c => $"{world.Name}: {world.Files[c.Item1]} <- {string.Join(", ", c.Item2.AsEnumerable())}");

    private static void BuildMutated(MutationWorld world, string file, Mutation[] mutations)
    {
        using var site = ScratchSite.CopyOf(world.Source, world.Published);
        var bytes = mutations.Aggregate(File.ReadAllBytes(Path.Combine(site.Source, file)), (content, m) => m.Apply(content));
        site.WithBytes(file, bytes);

        BuildRun? run;
        try
        {
            run = site.Build();
        }
        catch (Exception e)
        {
            throw new XunitException($"the build threw (the tool would exit 3 with an internal error): {e}");
        }

        var problems = run is null ? [] : CliContract.Problems(run);
        if (run?.ExitCode != 0 && !Same(world.Snapshot, FolderSnapshot.Take(site.Output)))
            problems.Add("the build failed but the published site changed");
        if (site.Leftovers() is { Count: > 0 } leftovers)
            problems.Add($"the build left {string.Join(", ", leftovers)} beside the output");
        if (problems.Count > 0)
            throw new XunitException($"{string.Join("\n", problems)}\n--- stderr (exit {run?.ExitCode}) ---\n{Cut(run?.Errors ?? "")}");
    }

    private static bool Same(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        a.Count == b.Count && a.All(e => b.TryGetValue(e.Key, out var hash) && hash == e.Value);

    private static string Cut(string text) => text.Length > 4000 ? text[..4000] + "\n[...]" : text;
}
