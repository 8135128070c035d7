using System.Collections.Concurrent;
using Markdig.Syntax;
using Trackside.Model;

namespace Trackside.Search;

/// <summary>
/// The search documents of a one-shot build, made by its link stage from the Markdown it parses to check each item
/// (items in parallel), so that search parses no text again: the link stage keeps no parsed Markdown.
/// The build's search index takes them, once.
/// </summary>
public sealed class EarlySearchDocuments
{
    private ConcurrentDictionary<Item, SearchDocument[]> _made = new(ReferenceEqualityComparer.Instance);
    private readonly TermPool _pool = new();

    /// <summary>Makes the documents of <paramref name="item"/>, an item of <paramref name="content"/> (safe to call from many threads).</summary>
    public void Make(ContentSet content, Item item, Func<MarkdownSource, MarkdownDocument> document) =>
        _made[item] = SearchDocuments.Make(content, item, document, _pool);

    /// <summary>The documents made so far, by item; they are not held here any longer.</summary>
    internal IReadOnlyDictionary<Item, SearchDocument[]> Take() => Interlocked.Exchange(ref _made, new(ReferenceEqualityComparer.Instance));
}
