using Trackside.Fuzz;

// Three ways to run the same entry point (FuzzTarget.Run); see fuzz/README.md.
//   --afl                         under afl-fuzz, after `sharpfuzz` instrumented trackside.dll
//   --seconds N --corpus DIR ...  the built-in random-mutation fuzzer
//   --run FILE...                 replay inputs (e.g. afl-fuzz's crashes); save each new kind of crash
// --full adds the template check to the stages run (the whole `trackside check`), at 1/3 the speed.
var options = ParseOptions(args);
if (options is null)
{
    Console.Error.WriteLine("usage: trackside-fuzz [--full] --afl\n" +
        "       trackside-fuzz [--full] [--seconds N] [--corpus DIR] [--dict FILE] [--findings DIR] [--seed N] [--timeout SECONDS]\n" +
        "       trackside-fuzz [--full] [--findings DIR] --run FILE...");
    return 2;
}

using var target = new FuzzTarget(full: options.ContainsKey("--full"));

if (options.ContainsKey("--afl"))
{
    // Persistent mode: one process serves many inputs from afl-fuzz; an escaping exception is a crash.
    SharpFuzz.Fuzzer.Run(stream =>
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        target.Run(buffer.ToArray());
    });
    return 0;
}

var corpus = Single("--corpus") ?? "fuzz/corpus";
var findingsFolder = Single("--findings") ?? Beside(corpus, "findings");

if (options.TryGetValue("--run", out var replay))
{
    // Triage: afl-fuzz saves many inputs per bug; each new kind is minimised and saved once.
    var findings = new Findings(findingsFolder, input =>
    {
        try { target.Run(input); return null; }
        catch (Exception e) { return e; }
    });
    foreach (var file in replay)
    {
        try { Console.WriteLine($"{file}: ok, diagnostics [{target.Run(File.ReadAllBytes(file))}]"); }
        catch (Exception e)
        {
            Console.WriteLine($"{file}: CRASH {Findings.Signature(e)}");
            if (findings.Add(File.ReadAllBytes(file), e)) Console.WriteLine(e);
        }
    }
    findings.PrintSummary();
    return findings.Unique == 0 ? 0 : 1;
}

var dictionary = Single("--dict") ?? Beside(corpus, "yaml.dict");
var seeds = Directory.EnumerateFiles(corpus).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
var tokens = File.Exists(dictionary) ? Mutator.LoadDictionary(dictionary) : [];
var seed = int.Parse(Single("--seed") ?? Environment.TickCount.ToString());
var random = new Random(seed);
Console.WriteLine($"trackside-fuzz: {seeds.Count} seeds from {corpus}, {tokens.Count} tokens, random seed {seed}, site in {target.Root}");

var fuzzer = new RandomFuzzer(target, new Mutator(random, tokens), random,
    findingsFolder,
    TimeSpan.FromSeconds(double.Parse(Single("--timeout") ?? "10")));
return fuzzer.Run(seeds, TimeSpan.FromSeconds(double.Parse(Single("--seconds") ?? "60")));

// fuzz/yaml.dict and fuzz/findings sit beside fuzz/corpus, wherever the program is started from.
static string Beside(string folder, string name) =>
    Path.GetRelativePath(".", Path.Combine(Path.GetFullPath(folder), "..", name));

string? Single(string name) => options.TryGetValue(name, out var values) ? values.LastOrDefault() : null;

// `--name value`, the flags `--afl` and `--full`, and `--run` followed by any number of files.
static Dictionary<string, List<string>>? ParseOptions(string[] args)
{
    string[] known = ["--afl", "--full", "--run", "--seconds", "--corpus", "--dict", "--findings", "--seed", "--timeout"];
    var options = new Dictionary<string, List<string>>(StringComparer.Ordinal);
    string? current = null;
    foreach (var arg in args)
    {
        if (arg.StartsWith("--", StringComparison.Ordinal))
        {
            if (!known.Contains(arg)) return null;
            options[current = arg] = [];
        }
        else if (current is null or "--afl" or "--full" || (current != "--run" && options[current].Count > 0)) return null;
        else options[current].Add(arg);
    }
    return options;
}
