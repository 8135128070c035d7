using System.Collections.Concurrent;

namespace Trackside.Search;

/// <summary>
/// One string per distinct term, shared by the documents of a collection (safe to use from many
/// threads): 10,000 documents hold about a million terms, most of them the same few thousand words.
/// </summary>
internal sealed class TermPool
{
    private readonly ConcurrentDictionary<string, string> _terms = new(StringComparer.Ordinal);

    public string Of(ReadOnlySpan<char> term) =>
        _terms.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(term, out var known) ? known : _terms.GetOrAdd(term.ToString(), t => t);
}
