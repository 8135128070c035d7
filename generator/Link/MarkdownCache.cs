using System.Collections.Concurrent;
using Markdig.Syntax;
using Trackside.Model;

namespace Trackside.Link;

/// <summary>
/// Parsed Markdown kept between the builds of a session: the texts of an unchanged file (the same
/// objects, as its item is kept) are not parsed again. Looked up by reference: hashing every text of a
/// large site on each save would cost more than parsing the few texts of the edited file.
/// Documents are never changed after parsing, so sharing is safe.
/// </summary>
public sealed class MarkdownCache
{
    private readonly ConcurrentDictionary<MarkdownSource, MarkdownDocument> _documents = new(ReferenceEqualityComparer.Instance);

    internal MarkdownDocument? Find(MarkdownSource text) => _documents.GetValueOrDefault(text);

    internal void Add(MarkdownSource text, MarkdownDocument document) => _documents[text] = document;

    /// <summary>Drops documents of texts that no longer exist, so an editing session does not grow without bound.</summary>
    internal void KeepOnly(IEnumerable<MarkdownSource> current)
    {
        var keep = current.ToHashSet(ReferenceEqualityComparer.Instance);
        foreach (var text in _documents.Keys.Where(t => !keep.Contains(t))) _documents.TryRemove(text, out _);
    }
}
