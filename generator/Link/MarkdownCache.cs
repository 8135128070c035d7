using System.Collections.Concurrent;
using Markdig.Syntax;
using Trackside.Model;

namespace Trackside.Link;

/// <summary>
/// Parsed Markdown kept between the builds of a session: a text that is unchanged (same file, same
/// place, same words) is not parsed again. Documents are never changed after parsing, so sharing is safe.
/// </summary>
public sealed class MarkdownCache
{
    private readonly ConcurrentDictionary<MarkdownSource, MarkdownDocument> _documents = new();

    internal MarkdownDocument? Find(MarkdownSource text) => _documents.GetValueOrDefault(text);

    internal void Add(MarkdownSource text, MarkdownDocument document) => _documents[text] = document;

    /// <summary>Drops documents of texts that no longer exist, so an editing session does not grow without bound.</summary>
    internal void KeepOnly(IEnumerable<MarkdownSource> current)
    {
        var keep = current.ToHashSet();
        foreach (var text in _documents.Keys.Where(t => !keep.Contains(t))) _documents.TryRemove(text, out _);
    }
}
