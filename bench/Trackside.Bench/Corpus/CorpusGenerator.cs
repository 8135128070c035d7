namespace Trackside.Bench.Corpus;

/// <summary>What a corpus holds, for the console and for tests.</summary>
public sealed record CorpusStats(int Exercises, int Progressions, int Explanations, int Regions, int Sources, int Claims, int Files)
{
    public override string ToString() =>
        $"exercises={Exercises} progressions={Progressions} explanations={Explanations} regions={Regions} sources={Sources} claims={Claims} files={Files}";
}

/// <summary>
/// Writes a valid content tree of a chosen size in our content model, for benchmarks and robustness
/// tests: N exercises, N/10 progressions, N/5 explanations, 12 regions and 3 sources of about 20 claims,
/// with every field used somewhere and every link resolving. The same N and seed give the same bytes.
/// </summary>
public static class CorpusGenerator
{
    public const int DefaultSeed = 42;

    // Written at the root, so a folder can be recognised as a corpus and safely replaced.
    private const string Marker = ".trackside-corpus";

    /// <summary>
    /// Writes the corpus into <paramref name="folder"/>, which must be missing, empty, or a corpus
    /// written before (it is then replaced).
    /// </summary>
    public static CorpusStats Write(string folder, int n, int seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        Prepare(folder);

        var prose = new Prose(seed);
        var plan = CorpusPlan.Make(prose, n);
        var links = new ItemLinks(plan, prose);
        var items = new ItemFiles(plan, prose, links);
        var site = new SiteFiles(plan, prose, links, items);
        var files = 0;
        void Save(string path, string text)
        {
            var full = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text); // UTF-8 without a byte order mark, "\n" line endings
            files++;
        }

        Save("content/site.yaml", site.Settings(n));
        foreach (var region in Vocabulary.Regions) Save($"content/regions/{region.Id}.yaml", site.Region(region));
        foreach (var source in plan.Sources) Save($"seeds/{source.Id}.yaml", site.Source(source));
        foreach (var id in plan.Exercises) Save($"content/exercises/{id}.yaml", items.Exercise(id));
        foreach (var (id, stages) in plan.Progressions) Save($"content/progressions/{id}.yaml", items.Progression(id, stages));
        foreach (var explanation in plan.Explanations) Save($"content/explanations/{explanation.Id}.md", site.Explanation(explanation));
        for (var i = 0; i < plan.Assets.Count; i++) Save($"content/assets/{plan.Assets[i]}", SiteFiles.Svg(i + 1));
        File.WriteAllText(Path.Combine(folder, Marker), $"n={n} seed={seed}\n");

        return new CorpusStats(plan.Exercises.Count, plan.Progressions.Count, plan.Explanations.Count,
            Vocabulary.Regions.Length, plan.Sources.Count, plan.ClaimRefs.Count, files);
    }

    private static void Prepare(string folder)
    {
        if (!Directory.Exists(folder))
        {
            Directory.CreateDirectory(folder);
            return;
        }
        if (!Directory.EnumerateFileSystemEntries(folder).Any()) return;
        if (!File.Exists(Path.Combine(folder, Marker)))
            throw new InvalidOperationException($"{folder} is not empty and was not written by the corpus generator; choose a new folder");
        foreach (var entry in new[] { "content", "seeds" }.Select(e => Path.Combine(folder, e)).Where(Directory.Exists))
            Directory.Delete(entry, recursive: true);
    }
}
