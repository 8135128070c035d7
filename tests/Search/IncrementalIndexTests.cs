using Trackside.Render.Extras;
using Trackside.Search;

namespace Trackside.Tests.Search;

/// <summary>
/// A serve session updates its search index document by document. Whatever the edits, its files must
/// be byte for byte those of an index made afresh from the same documents, over many packs and chunks.
/// </summary>
public sealed class IncrementalIndexTests
{
    private const int Documents = 2000;

    [Fact]
    public void An_index_updated_document_by_document_writes_the_bytes_of_one_made_afresh()
    {
        var docs = Enumerable.Range(0, Documents).Select(d => Doc(d, 0)).ToArray();
        var index = InvertedIndex.Build(docs);
        var writer = new SearchIndexWriter();
        var previous = writer.Files(index, docs);
        Assert.True(previous.Count(f => f.Path.StartsWith("search/p", StringComparison.Ordinal)) > 5, "the test needs many packs");

        var random = new Random(11);
        for (var edit = 1; edit <= 6; edit++)
        {
            foreach (var d in Enumerable.Range(0, 1 + edit % 3).Select(_ => random.Next(Documents)).Distinct())
            {
                var changed = Doc(d, edit);
                index.Replace(d, docs[d], changed);
                docs[d] = changed;
            }
            var files = writer.Files(index, docs);

            var afresh = SearchIndexWriter.Write(docs);
            Assert.Equal(afresh.Select(f => f.Path), files.Select(f => f.Path));
            foreach (var (expected, actual) in afresh.Zip(files).OrderBy(p => p.First.Path == "search/terms.txt")) Assert.True(expected.Content.AsSpan().SequenceEqual(actual.Content), actual.Path + " differs");
            // Most files are handed back as they were, not made again.
            Assert.True(files.Count(f => previous.Any(p => ReferenceEquals(p.Content, f.Content))) > files.Count / 2);
            previous = files;
        }
    }

    // Words from a shared vocabulary (so terms have long and short postings), plus words of this
    // document's own edit, which come and go with it.
    private static SearchDocument Doc(int id, int edit)
    {
        var random = new Random(id * 31 + edit);
        string Words(int count) => string.Join(' ', Enumerable.Range(0, count).Select(_ => "w" + (int)Math.Pow(random.Next(1, 60), 2)));
        return new SearchDocument(SearchKind.Exercise, $"exercises/x{id}.html", $"Title {id} {Words(2)}")
            .Add(SearchField.Title, $"Title {id} {Words(2)}")
            .Add(SearchField.Keywords, Words(3) + (edit > 0 ? $" edit{edit}" : ""))
            .Add(SearchField.Lead, Words(5))
            .Add(SearchField.Body, Words(40) + $" only{id}x{edit}")
            .WithSnippet(null);
    }
}
