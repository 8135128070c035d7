using Trackside.Tests.Support;

namespace Trackside.Tests.Search;

/// <summary>The base fixture, built once, and the search index the build wrote.</summary>
public sealed class SearchFixtureBuild : IDisposable
{
    public FixtureSite Site { get; } = FixtureSite.Create();

    public SearchFixtureBuild()
    {
        var run = Site.Build();
        Assert.True(run.ExitCode == 0, run.Errors);
        Index = new SearchIndexFiles(Site.Output);
    }

    public SearchIndexFiles Index { get; }

    public void Dispose() => Site.Dispose();
}

public sealed class SearchIndexTests(SearchFixtureBuild build) : IClassFixture<SearchFixtureBuild>
{
    private SearchIndexFiles Index => build.Index;

    [Fact]
    public void The_index_holds_every_kind_of_item_and_every_claim()
    {
        var paths = Index.Documents.Select(d => (d.Kind, d.Path)).ToList();

        Assert.Contains(("progression", "progressions/back-to-running.html"), paths);
        Assert.Contains(("exercise", "exercises/calf-raise.html"), paths);
        Assert.Contains(("explanation", "explanations/why-ankles.html"), paths);
        Assert.Contains(("region", "regions/hamstring.html"), paths);
        Assert.Contains(("source", "sources/test-source.html"), paths);
        Assert.Contains(("claim", "sources/test-source.html#dorsiflexion"), paths);
        Assert.Contains(("claim", "sources/test-source.html#progression"), paths);
        Assert.Equal(11, paths.Count); // 1 + 3 + 1 + 3 + 1 + 2 claims
        Assert.Equal(paths.Count, Index.Meta.GetProperty("docs").GetInt32());
        Assert.All(Index.Documents, d => Assert.True(File.Exists(Path.Combine(build.Site.Output, d.Path.Split('#')[0])), d.Path));
    }

    // On a big library a search for a source's subject lists many sources: each needs a line that tells them apart.
    [Fact]
    public void Every_result_has_a_line_under_its_title_and_a_source_without_summary_shows_its_author_and_publisher()
    {
        Assert.All(Index.Documents, d => Assert.False(string.IsNullOrWhiteSpace(d.Snippet), d.Path));
        Assert.Equal("A. Author, Test Press", Index.Documents.Single(d => d.Path == "sources/test-source.html").Snippet);
    }

    [Fact]
    public void A_title_word_maps_to_its_document_in_the_title_field()
    {
        var calfRaise = Index.Documents.ToList().FindIndex(d => d.Path == "exercises/calf-raise.html");
        var raise = Index.Postings("raise");

        Assert.Equal([calfRaise], raise[0]);
        Assert.Equal("Calf raise", Index.Documents[calfRaise].Title);
        Assert.Equal("Rise onto the forefoot and lower slowly.", Index.Documents[calfRaise].Snippet);
        // Title lengths, one digit per document, let a short title that is the query come first.
        var titleTerms = Index.Meta.GetProperty("titleTerms").GetString()!;
        Assert.Equal(Index.Documents.Count, titleTerms.Length);
        Assert.Equal('2', titleTerms[calfRaise]);
    }

    [Fact]
    public void Each_field_is_indexed_where_it_belongs()
    {
        int Doc(string path) => Index.Documents.ToList().FindIndex(d => d.Path == path);
        var calfRaise = Doc("exercises/calf-raise.html");
        var whyAnkles = Doc("explanations/why-ankles.html");

        Assert.Contains(calfRaise, Index.Postings("strength")[1]);   // category (and tag): keywords
        Assert.Contains(calfRaise, Index.Postings("foot")[1]);       // region title: keywords
        Assert.Contains(calfRaise, Index.Postings("forefoot")[2]);   // summary: lead
        Assert.Contains(calfRaise, Index.Postings("achilles")[3]);   // stop sign: body
        Assert.Contains(whyAnkles, Index.Postings("spring")[2]);     // Markdown heading: lead
        Assert.Contains(Doc("progressions/back-to-running.html"), Index.Postings("capacity")[2]); // stage focus
        Assert.Contains(Doc("sources/test-source.html"), Index.Postings("author")[1]);
        Assert.Contains(Doc("sources/test-source.html#dorsiflexion"), Index.Postings("dorsiflexion")[2]);
        Assert.DoesNotContain("a", Index.Terms);                     // one letter is not a term
        Assert.DoesNotContain(Index.Terms, t => t != t.ToLowerInvariant());
    }

    [Fact]
    public void How_common_a_term_is_counts_documents_not_fields()
    {
        foreach (var term in new[] { "calf", "ankle", "raise", "achilles" })
        {
            var documents = Index.Postings(term).SelectMany(l => l).Distinct().Count();
            Assert.Equal((int)Math.Log2(documents), Index.Commonness[Index.Terms.IndexOf(term)]);
        }
        Assert.True(Index.Postings("ankle").SelectMany(l => l).Distinct().Count() >= 4);
    }

    [Fact]
    public void The_same_content_gives_byte_identical_index_files()
    {
        using var again = FixtureSite.Create();
        Assert.Equal(0, again.Build("--clean").ExitCode);

        var first = FolderSnapshot.Take(Path.Combine(build.Site.Output, "search"));
        Assert.Equal(first, FolderSnapshot.Take(Path.Combine(again.Output, "search")));
        Assert.True(first.Count >= 3);
    }

    [Fact]
    public void A_content_change_changes_the_version_that_later_files_are_fetched_with()
    {
        using var edited = FixtureSite.Create();
        edited.With("content/exercises/calf-raise.yaml",
            File.ReadAllText(Path.Combine(build.Site.Source, "content/exercises/calf-raise.yaml")).Replace("title: Calf raise", "title: Heel raise"));
        Assert.Equal(0, edited.Build().ExitCode);
        var index = new SearchIndexFiles(edited.Output);

        Assert.NotEqual(Index.Meta.GetProperty("version").GetString(), index.Meta.GetProperty("version").GetString());
        Assert.Contains("heel", index.Terms);
    }
}
