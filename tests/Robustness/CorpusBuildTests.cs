using Trackside.Bench.Corpus;
using Trackside.Tests.Support;

namespace Trackside.Tests.Robustness;

/// <summary>A generated corpus of 300 exercises, built once: the shape of a large club library.</summary>
public sealed class CorpusBuild : IDisposable
{
    public const int Size = 300;

    private readonly ScratchSite _site = ScratchSite.Corpus(Size, seed: 300);
    private readonly Lazy<List<(string Page, string Href, string Target)>> _links;

    public CorpusBuild()
    {
        Run = _site.Build();
        _links = new(() => Pages.LocalLinks(Output).ToList());
    }

    public BuildRun Run { get; }
    public string Source => _site.Source;
    public string Output => _site.Output;

    /// <summary>Every local link of the built site, read once: it parses every page.</summary>
    public IReadOnlyList<(string Page, string Href, string Target)> Links => _links.Value;

    public void Dispose() => _site.Dispose();
}

/// <summary>Test classes that read the one built corpus share it through this collection.</summary>
[CollectionDefinition(Name)]
public sealed class CorpusCollection : ICollectionFixture<CorpusBuild>
{
    public const string Name = "corpus";
}

[Collection(CorpusCollection.Name)]
public sealed class CorpusBuildTests(CorpusBuild corpus)
{
    [Fact]
    public void Generated_corpus_builds_with_no_diagnostics()
    {
        Assert.True(corpus.Run.ExitCode == 0, corpus.Run.Errors);
        Assert.Empty(corpus.Run.DiagnosticLines);
        Assert.Equal("0 errors, 0 warnings", corpus.Run.Errors.TrimEnd().Split('\n')[^1].TrimEnd('\r'));
    }

    [Fact]
    public void Every_item_of_the_corpus_gets_a_page()
    {
        Assert.Equal(CorpusBuild.Size, ItemPages(corpus.Output, "exercises").Count);
        Assert.Equal(CorpusBuild.Size / 10, ItemPages(corpus.Output, "progressions").Count);
        Assert.Equal(CorpusBuild.Size / 5, ItemPages(corpus.Output, "explanations").Count);
        Assert.Equal(12, ItemPages(corpus.Output, "regions").Count);
        Assert.Equal(3, ItemPages(corpus.Output, "sources").Count);
    }

    [Fact]
    public void Every_page_of_the_corpus_is_a_whole_document()
    {
        // One render context per thread renders hundreds of pages: nothing it counts may carry over from page to page.
        var pages = Directory.EnumerateFiles(corpus.Output, "*.html", SearchOption.AllDirectories).ToList();
        Assert.True(pages.Count > CorpusBuild.Size, $"only {pages.Count} pages");
        var cut = pages.Where(p => !File.ReadAllText(p).TrimEnd().EndsWith("</html>", StringComparison.Ordinal))
            .Select(p => Path.GetRelativePath(corpus.Output, p)).ToList();
        Assert.Empty(cut);
    }

    [Fact]
    public void Every_local_link_in_the_corpus_site_resolves_to_a_file()
    {
        Assert.True(corpus.Links.Count > 10_000, $"only {corpus.Links.Count} links");

        var broken = corpus.Links.Where(l => !File.Exists(l.Target)).Select(l => $"{l.Page}: {l.Href}").Distinct().ToList();
        Assert.Empty(broken);
    }

    [Fact]
    public void Every_local_link_with_an_anchor_lands_on_an_element_with_that_id()
    {
        var ids = new Dictionary<string, HashSet<string>>();
        HashSet<string> IdsOf(string file) => ids.TryGetValue(file, out var found) ? found
            : ids[file] = Pages.Open(file).QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet();

        var anchored = corpus.Links.Where(l => l.Href.Contains('#') && File.Exists(l.Target)).ToList();
        Assert.NotEmpty(anchored);
        var dangling = anchored.Where(l => !IdsOf(l.Target).Contains(Uri.UnescapeDataString(l.Href.Split('#')[1])))
            .Select(l => $"{l.Page}: {l.Href}").Distinct().ToList();
        Assert.Empty(dangling);
    }

    [Fact]
    public void Same_size_and_seed_give_the_same_bytes_and_another_seed_does_not()
    {
        using var again = ScratchSite.Corpus(CorpusBuild.Size, seed: 300);
        using var other = ScratchSite.Corpus(CorpusBuild.Size, seed: 301);

        Assert.Equal(FolderSnapshot.Take(corpus.Source), FolderSnapshot.Take(again.Source));
        Assert.NotEqual(FolderSnapshot.Take(corpus.Source), FolderSnapshot.Take(other.Source));
    }

    [Fact]
    public void Corpus_generator_refuses_to_overwrite_a_folder_it_did_not_write()
    {
        using var site = ScratchSite.CopyOf(Path.Combine(RepoPaths.Fixtures, "base"));

        Assert.Throws<InvalidOperationException>(() => CorpusGenerator.Write(site.Source, 10, 1));
        Assert.True(File.Exists(Path.Combine(site.Source, "content/site.yaml")));
    }

    // Item pages are named by their id, which never holds a dot (list pages are index.html, name.2.html, name.all.html).
    private static List<string> ItemPages(string output, string folder) =>
        Directory.EnumerateFiles(Path.Combine(output, folder), "*.html")
            .Where(f => Path.GetFileName(f) != "index.html" && !Path.GetFileNameWithoutExtension(f).Contains('.')).ToList();
}
