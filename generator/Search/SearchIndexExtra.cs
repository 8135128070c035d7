using Trackside.Render.Extras;

namespace Trackside.Search;

/// <summary>
/// The site search index under <c>search/</c>, read by <c>static/search.js</c>. A session keeps the
/// documents and postings of its last build: an edit changes only the postings of the documents whose
/// text changed, and only the files whose bytes change are made again; an edit that changes no
/// searchable text (a dose, a comment) hands back the last files as they were.
/// </summary>
/// <param name="early">The documents a one-shot build made while linking.</param>
public sealed class SearchIndexExtra(EarlySearchDocuments? early = null) : ISiteExtra
{
    private readonly SearchDocuments _collector = new(early);
    private readonly SearchIndexWriter _writer = new();
    private InvertedIndex? _index;
    private IReadOnlyList<SearchDocument> _documents = [];
    private IReadOnlyList<GeneratedFile> _files = [];

    public IEnumerable<GeneratedFile> Files(ExtraInputs inputs)
    {
        var documents = _collector.Collect(inputs.Graph).ToArray();
        if (_index is null || documents.Length != _documents.Count)
            _index = InvertedIndex.Build(documents); // a document added or removed moves the ids of those after it
        else if (!Update(_index, documents))
            return _files;
        _documents = documents;
        return _files = _writer.Files(_index, documents);
    }

    // Applies the documents that changed to the index; false when none did. A document whose text is
    // the same is replaced by the one it equals, so the chunk files holding it are kept too.
    private bool Update(InvertedIndex index, SearchDocument[] documents)
    {
        var changed = false;
        for (var d = 0; d < documents.Length; d++)
        {
            var before = _documents[d];
            if (ReferenceEquals(before, documents[d])) continue;
            if (before.SameText(documents[d])) { documents[d] = before; continue; }
            index.Replace(d, before, documents[d]);
            changed = true;
        }
        return changed;
    }
}
