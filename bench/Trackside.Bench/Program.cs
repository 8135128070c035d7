using Trackside.Bench.Corpus;
using Trackside.Bench.Runs;

// Benchmark tools: `corpus` writes a generated content tree; `run` times builds of several sizes.
if (args is ["corpus", var count, var folder, .. var rest] && int.TryParse(count, out var n) && n >= 1 && Seed(rest) is { } seed)
{
    try
    {
        var stats = CorpusGenerator.Write(folder, n, seed);
        Console.WriteLine($"seed={seed} {stats} -> {folder}");
        return 0;
    }
    catch (InvalidOperationException e)
    {
        Console.Error.WriteLine($"error: {e.Message}");
        return 2;
    }
}

if (args is ["run", .. var options])
{
    var sizes = Option(options, "--sizes")?.Split(',').Select(int.Parse).ToList() ?? [1000, 10000];
    var work = Option(options, "--work") ?? Path.Combine(Path.GetTempPath(), "trackside-bench");
    var edits = int.Parse(Option(options, "--edits") ?? "6");
    if (Option(options, "--site") is { } site)
    {
        BenchmarkRun.RunSite(site, work, edits, Console.Out);
        return 0;
    }
    BenchmarkRun.Run(sizes, work, options.Contains("--serve-only"), options.Contains("--full-only"), edits, Console.Out);
    return 0;
}

Console.Error.WriteLine("usage: Trackside.Bench corpus N OUTDIR [--seed S]\n       Trackside.Bench run [--sizes 1000,10000] [--work DIR] [--serve-only | --full-only] [--edits 6]\n       Trackside.Bench run --site DIR [--work DIR] [--edits 6]");
return 2;

static int? Seed(string[] options) => options switch
{
    [] => CorpusGenerator.DefaultSeed,
    ["--seed", var s] when int.TryParse(s, out var seed) => seed,
    [var s] when s.StartsWith("--seed=", StringComparison.Ordinal) && int.TryParse(s["--seed=".Length..], out var seed) => seed,
    _ => null,
};

static string? Option(string[] options, string name) =>
    options.SkipWhile(o => o != name).Skip(1).FirstOrDefault();
