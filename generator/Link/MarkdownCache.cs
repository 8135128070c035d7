using Markdig.Syntax;
using Trackside.Model;

namespace Trackside.Link;

/// <summary>
/// Parsed Markdown kept between the builds of a session: the texts of an unchanged file (the same
/// objects, as its item is kept) are not parsed again. Looked up by reference: hashing every text of a
/// large site on each save would cost more than parsing the few texts of the edited file. When the
/// changes since the kept build are known, only the texts of the changed items are looked at, and the
/// kept documents are updated in place. Documents are never changed after parsing, so sharing is safe.
/// </summary>
public sealed class MarkdownCache
{
    private Dictionary<MarkdownSource, MarkdownDocument> _documents = new(ReferenceEqualityComparer.Instance);

    // The content the documents were parsed for, when every one of its texts parsed (so none needs reporting again); else null.
    private ContentSet? _complete;

    internal MarkdownDocument? Find(MarkdownSource text) => _documents.GetValueOrDefault(text);

    /// <summary>
    /// The kept documents without the texts of the items <paramref name="changes"/> replaced, taken over by the caller
    /// (who hands them back through <see cref="Replace"/>); null when they are not changes from the kept build.
    /// </summary>
    internal Dictionary<MarkdownSource, MarkdownDocument>? WithoutChanged(ContentChanges changes)
    {
        if (!ReferenceEquals(_complete, changes.Then)) return null;
        var documents = _documents;
        _complete = null; // until handed back
        foreach (var text in changes.Items.SelectMany(i => i.Then?.MarkdownTexts ?? []).Concat(Disclaimer(changes.Then)))
            documents.Remove(text);
        return documents;
    }

    /// <summary>Keeps the documents of this build in place of the last one's, so texts that no longer exist are dropped.</summary>
    /// <param name="complete">Whether every text of <paramref name="content"/> parsed.</param>
    internal void Replace(ContentSet content, Dictionary<MarkdownSource, MarkdownDocument> documents, bool complete)
    {
        _documents = documents;
        _complete = complete ? content : null;
    }

    internal static IEnumerable<MarkdownSource> Disclaimer(ContentSet content) => content.Site.Disclaimer is { } text ? [text] : [];
}
