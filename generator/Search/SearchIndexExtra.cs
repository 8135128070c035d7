using System.Runtime.CompilerServices;
using Trackside.Link;
using Trackside.Render;
using Trackside.Render.Extras;

namespace Trackside.Search;

/// <summary>The site search index under <c>search/</c>, read by <c>static/search.js</c>.</summary>
public sealed class SearchIndexExtra : ISiteExtra
{
    // Made once per site graph: other extras (the service worker) ask for every extra's files too.
    private static readonly ConditionalWeakTable<SiteGraph, IReadOnlyList<GeneratedFile>> Made = new();

    // The last index written and the documents it was made from. The index depends on nothing else, so
    // an edit that changes no searchable text (a dose, a comment) takes it as it is instead of rebuilding it.
    // A reference, replaced whole, so builds on other threads see one index or the other, never a mix.
    private static Written? _last;

    private sealed record Written(IReadOnlyList<SearchDocument> Documents, IReadOnlyList<GeneratedFile> Files);

    public IEnumerable<GeneratedFile> Files(SiteGraph graph, TemplateCatalog catalog) => Made.GetValue(graph, g =>
    {
        var documents = SearchDocuments.From(g);
        if (_last is { } last && SameText(last.Documents, documents)) return last.Files;
        var files = SearchIndexWriter.Write(documents);
        _last = new Written(documents, files);
        return files;
    });

    private static bool SameText(IReadOnlyList<SearchDocument> a, IReadOnlyList<SearchDocument> b) =>
        a.Count == b.Count && a.Zip(b).All(pair => ReferenceEquals(pair.First, pair.Second) || pair.First.SameText(pair.Second));
}
