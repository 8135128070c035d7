using Trackside.Bench.Corpus;

// Benchmark tools. For now one command: `corpus` writes a generated content tree.
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

Console.Error.WriteLine("usage: Trackside.Bench corpus N OUTDIR [--seed S]");
return 2;

static int? Seed(string[] options) => options switch
{
    [] => CorpusGenerator.DefaultSeed,
    ["--seed", var s] when int.TryParse(s, out var seed) => seed,
    [var s] when s.StartsWith("--seed=", StringComparison.Ordinal) && int.TryParse(s["--seed=".Length..], out var seed) => seed,
    _ => null,
};
