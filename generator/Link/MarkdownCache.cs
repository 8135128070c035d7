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
    private Dictionary<MarkdownSource, MarkdownDocument> _documents = new(ReferenceEqualityComparer.Instance);

    internal MarkdownDocument? Find(MarkdownSource text) => _documents.GetValueOrDefault(text);

    /// <summary>Keeps the documents of this build in place of the last one's, so texts that no longer exist are dropped.</summary>
    internal void Replace(Dictionary<MarkdownSource, MarkdownDocument> documents) => _documents = documents;
}
