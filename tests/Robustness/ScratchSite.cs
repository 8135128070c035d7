using Trackside.Bench.Corpus;
using Trackside.Tests.Support;

namespace Trackside.Tests.Robustness;

/// <summary>
/// A source folder and an output folder in a temporary folder, filled from a template source (a
/// fixture or a generated corpus) and optionally from an already built output, so a test can start
/// from a published site without paying for the first build again.
/// </summary>
public sealed class ScratchSite : IDisposable
{
    private ScratchSite(string prefix)
    {
        Root = Directory.CreateTempSubdirectory(prefix).FullName;
        Source = Path.Combine(Root, "site");
        Output = Path.Combine(Root, "out");
    }

    public string Root { get; }
    public string Source { get; }
    public string Output { get; }

    /// <summary>A generated corpus of <paramref name="n"/> exercises, not built yet.</summary>
    public static ScratchSite Corpus(int n, int seed)
    {
        var site = new ScratchSite("trackside-corpus-");
        CorpusGenerator.Write(site.Source, n, seed);
        return site;
    }

    /// <summary>A copy of <paramref name="source"/>, with a copy of <paramref name="published"/> as its output.</summary>
    public static ScratchSite CopyOf(string source, string? published = null)
    {
        var site = new ScratchSite("trackside-scratch-");
        CopyTree(source, site.Source);
        if (published is not null) CopyTree(published, site.Output);
        return site;
    }

    public ScratchSite WithBytes(string relativePath, byte[] content)
    {
        File.WriteAllBytes(Path.Combine(Source, relativePath), content);
        return this;
    }

    /// <summary>Builds in-process through the real command line.</summary>
    public BuildRun Build() => FixtureSite.Run(["build", "--source", Source, "--output", Output]);

    /// <summary>Hidden folders a build leaves beside the output only when it was interrupted.</summary>
    public IReadOnlyList<string> Leftovers() =>
        Directory.GetDirectories(Root, ".out.staging-*").Concat(Directory.GetDirectories(Root, ".out.old-*"))
            .Select(Path.GetFileName).OfType<string>().ToList();

    /// <summary>Content files (YAML and Markdown) of the source, relative to it, in a stable order.</summary>
    public IReadOnlyList<string> ContentFiles() =>
        Directory.EnumerateFiles(Source, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Source, f).Replace('\\', '/'))
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { /* a leftover temp folder is harmless */ }
    }

    private static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
