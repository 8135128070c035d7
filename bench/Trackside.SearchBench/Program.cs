using System.Diagnostics;
using System.IO.Compression;
using Trackside.Diagnostics;
using Trackside.Link;
using Trackside.Link.Markdown;
using Trackside.Load;
using Trackside.Render.Extras;
using Trackside.Search;
using Trackside.Validate;

// The search index stage on its own: how long it takes at build time, whether two runs give the
// same bytes, and how big the files are.
//
//   dotnet run --project bench/Trackside.SearchBench -c Release -- SOURCE [--out DIR] [--runs N]
//       SOURCE: a content tree (e.g. from `Trackside.Bench corpus 10000 /tmp/c10k`)
//   dotnet run --project bench/Trackside.SearchBench -c Release -- --synthetic DOCS TERMS [--out DIR]
//       a made-up corpus of DOCS documents over a Zipf vocabulary of TERMS invented words, for a
//       vocabulary much larger than the generated corpus has (its prose repeats ~300 words)
// --out DIR writes DIR/search/ for `node bench/search/bench.mjs DIR`.
var options = args.ToList();
string? Option(string name)
{
    var at = options.IndexOf(name);
    if (at < 0 || at + 1 >= options.Count) return null;
    var value = options[at + 1];
    options.RemoveRange(at, 2);
    return value;
}
var output = Option("--out");
var runs = int.Parse(Option("--runs") ?? "5");
var synthetic = options.IndexOf("--synthetic");

Func<IReadOnlyList<SearchDocument>> documents;
if (synthetic >= 0 && options.Count >= synthetic + 3)
{
    var (count, terms) = (int.Parse(options[synthetic + 1]), int.Parse(options[synthetic + 2]));
    var made = Synthetic.Documents(count, terms);
    documents = () => made;
    Console.WriteLine($"synthetic corpus: {count} documents, Zipf vocabulary of {terms} words");
}
else if (options.Count == 1 && Directory.Exists(options[0]))
{
    var clock = Stopwatch.StartNew();
    var diagnostics = new DiagnosticBag();
    var loaded = ContentLoader.Load(options[0], Limits.Default, diagnostics, new SourceFiles());
    var content = ContentValidator.Validate(loaded, diagnostics);
    var graph = LinkResolver.Resolve(content, MarkdownSetup.CreatePipeline(), diagnostics);
    Console.WriteLine($"loaded, validated and linked {options[0]} in {clock.ElapsedMilliseconds} ms ({diagnostics.ErrorCount} errors)");
    documents = () => SearchDocuments.From(graph);
}
else
{
    Console.Error.WriteLine("usage: Trackside.SearchBench SOURCE [--out DIR] [--runs N] | --synthetic DOCS TERMS [--out DIR]");
    return 2;
}

IReadOnlyList<GeneratedFile>? first = null;
var collect = new List<double>();
var write = new List<double>();
var collectCpu = new List<double>();
var writeCpu = new List<double>();
var process = Process.GetCurrentProcess();
double Cpu() { process.Refresh(); return process.TotalProcessorTime.TotalMilliseconds; }
for (var run = 0; run <= runs; run++)
{
    var cpu0 = Cpu();
    var clock = Stopwatch.StartNew();
    var docs = documents();
    var collected = clock.Elapsed.TotalMilliseconds;
    var cpu1 = Cpu();
    var files = SearchIndexWriter.Write(docs);
    var total = clock.Elapsed.TotalMilliseconds;
    var cpu2 = Cpu();
    if (run == 0)
    {
        first = files;
        Console.WriteLine($"run 0 (cold JIT): collect {collected:F0} ms, index+encode {total - collected:F0} ms, {docs.Count} documents");
        continue;
    }
    collect.Add(collected);
    write.Add(total - collected);
    collectCpu.Add(cpu1 - cpu0);
    writeCpu.Add(cpu2 - cpu1);
    var same = files.Count == first!.Count && files.Zip(first).All(p => p.First.Path == p.Second.Path && p.First.Content.AsSpan().SequenceEqual(p.Second.Content));
    if (!same) { Console.Error.WriteLine($"run {run}: the index differs from run 0: not deterministic"); return 1; }
}
double Median(List<double> xs) => xs.Order().ElementAt(xs.Count / 2);
Console.WriteLine($"warm runs ({runs}), medians: collect texts {Median(collect):F0} ms wall / {Median(collectCpu):F0} ms CPU, index+encode {Median(write):F0} ms wall / {Median(writeCpu):F0} ms CPU; all runs byte-identical");
Console.WriteLine($"load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} on {Environment.ProcessorCount} cores (wall times stretch with it; CPU times much less)");

foreach (var (name, pick) in new (string, Func<string, bool>)[]
         {
             ("terms.txt", p => p.EndsWith("terms.txt")), ("postings p*.bin", p => p.EndsWith(".bin")), ("documents d*.json", p => p.EndsWith(".json")),
         })
{
    var chosen = first!.Where(f => pick(f.Path)).ToList();
    Console.WriteLine($"  {name,-18} {chosen.Count,6} files {chosen.Sum(f => f.Content.Length) / 1024.0,10:F1} KB raw {chosen.Sum(f => Gzip(f.Content)) / 1024.0,9:F1} KB gz, largest {chosen.Max(f => Gzip(f.Content)) / 1024.0:F1} KB gz");
}

if (output is not null)
{
    var folder = Path.Combine(output, "search");
    if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    foreach (var file in first!)
    {
        var path = Path.Combine(output, file.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, file.Content);
    }
    Console.WriteLine($"wrote {first.Count} files to {folder}");
}
return 0;

static int Gzip(byte[] bytes)
{
    using var memory = new MemoryStream();
    using (var gzip = new GZipStream(memory, CompressionLevel.SmallestSize)) gzip.Write(bytes);
    return memory.ToArray().Length;
}

/// <summary>Made-up documents whose words follow Zipf's law over a large invented vocabulary.</summary>
internal static class Synthetic
{
    public static IReadOnlyList<SearchDocument> Documents(int count, int terms)
    {
        var random = new Random(7);
        const string letters = "eeeeeaaaaiiiooouunnnrrrsssttlllcdmphgbfywkvz";
        var words = new HashSet<string>();
        while (words.Count < terms)
        {
            var length = 3 + random.Next(10);
            words.Add(string.Concat(Enumerable.Range(0, length).Select(_ => letters[random.Next(letters.Length)])));
        }
        var vocabulary = words.ToArray();
        var cumulative = new double[vocabulary.Length];
        var sum = 0.0;
        for (var i = 0; i < vocabulary.Length; i++) cumulative[i] = sum += 1.0 / (i + 1);
        string Word() => vocabulary[Math.Min(vocabulary.Length - 1, ~Array.BinarySearch(cumulative, random.NextDouble() * sum) is var at && at >= 0 ? at : 0)];
        string Words(int n) => string.Join(' ', Enumerable.Range(0, n).Select(_ => Word()));
        var docs = new List<SearchDocument>(count);
        for (var d = 0; d < count; d++)
        {
            var title = Words(2 + random.Next(3));
            docs.Add(new SearchDocument(SearchKind.Exercise, $"exercises/x{d}.html", title)
                .Add(SearchField.Title, title).Add(SearchField.Keywords, Words(4)).Add(SearchField.Lead, Words(15))
                .Add(SearchField.Body, Words(150 + random.Next(250))).WithSnippet(null));
        }
        return docs;
    }
}

