using Markdig.Syntax;
using Trackside.Model;

namespace Trackside.Link;

/// <summary>What is made from an item's parsed Markdown after linking: its page and its search document.</summary>
[Flags]
public enum MarkdownUse
{
    Page = 1,
    Search = 2,
    All = Page | Search,
}

/// <summary>
/// Drops an item's parsed Markdown once its page and its search document are made, in a one-shot build,
/// where nothing keeps the documents for a next build: the site's documents then do not all stay alive to
/// the end of rendering (some 60 MB at 10,000 exercises). The page and the search document are made on
/// different threads in either order, so a document goes when the second of the two is done. Without
/// locks: the tables are never changed after construction, only the slots and flags they point to.
/// </summary>
internal sealed class MarkdownRelease
{
    private readonly Dictionary<MarkdownSource, int> _slots;
    private readonly MarkdownDocument?[] _documents;
    private readonly Dictionary<Item, int> _items;
    private readonly int[] _done; // each item's MarkdownUse so far

    public MarkdownRelease(IReadOnlyDictionary<MarkdownSource, MarkdownDocument> parsed, IEnumerable<Item> items)
    {
        _slots = new Dictionary<MarkdownSource, int>(parsed.Count, ReferenceEqualityComparer.Instance);
        _documents = new MarkdownDocument?[parsed.Count];
        foreach (var (text, document) in parsed)
        {
            _documents[_slots.Count] = document;
            _slots.Add(text, _slots.Count);
        }
        _items = new Dictionary<Item, int>(ReferenceEqualityComparer.Instance);
        foreach (var item in items) _items.TryAdd(item, _items.Count);
        _done = new int[_items.Count];
    }

    public MarkdownDocument Document(MarkdownSource text) =>
        _documents[_slots[text]] ?? throw new InvalidOperationException("this Markdown was dropped: its page and search document are made");

    public void Done(Item item, MarkdownUse use)
    {
        if (!_items.TryGetValue(item, out var index)) return;
        var before = (MarkdownUse)Interlocked.Or(ref _done[index], (int)use);
        if (before == MarkdownUse.All || (before | use) != MarkdownUse.All) return; // only the call that completes the uses drops
        foreach (var text in item.MarkdownTexts)
            if (_slots.TryGetValue(text, out var slot)) Volatile.Write(ref _documents[slot], null);
    }
}
