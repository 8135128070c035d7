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

    public IEnumerable<GeneratedFile> Files(SiteGraph graph, TemplateCatalog catalog) =>
        Made.GetValue(graph, g => SearchIndexWriter.Write(SearchDocuments.From(g)));
}
