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
    BenchmarkRun.Run(sizes, work, options.Contains("--full-only"), Console.Out);
    return 0;
}

Console.Error.WriteLine("usage: Trackside.Bench corpus N OUTDIR [--seed S]\n       Trackside.Bench run [--sizes 1000,10000] [--work DIR] [--full-only]");
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
