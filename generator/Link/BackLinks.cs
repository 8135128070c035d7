using System.Runtime.InteropServices;
using Trackside.Model;

namespace Trackside.Link;

/// <summary>
/// The back-link lists of a site: for each item the items that name or link to it, and for each claim
/// the items that cite it, each ordered by kind, then title, then id. A session updates the lists of
/// the last build rather than sorting every list again: only the lists an edited item leaves or enters
/// change, and every other list stays the very same object, so later stages can tell it is unchanged.
/// A patch (<see cref="Patch"/>) takes over the dictionaries of the lists it starts from rather than
/// copying them, so those lists are not to be read after it.
/// </summary>
internal sealed class BackLinks
{
    private readonly Dictionary<(ContentKind, string), IReadOnlyList<Item>> _linkedFrom;
    private readonly Dictionary<string, IReadOnlyList<Item>> _citedBy;

    // What each item contributed to the lists: the item object and its link results.
    private readonly Dictionary<(ContentKind, string), (Item Item, ItemLinks Links)> _from;

    private BackLinks(Dictionary<(ContentKind, string), IReadOnlyList<Item>> linkedFrom, Dictionary<string, IReadOnlyList<Item>> citedBy,
        Dictionary<(ContentKind, string), (Item Item, ItemLinks Links)> from) => (_linkedFrom, _citedBy, _from) = (linkedFrom, citedBy, from);

    public IReadOnlyDictionary<(ContentKind, string), IReadOnlyList<Item>> LinkedFrom => _linkedFrom;

    public IReadOnlyDictionary<string, IReadOnlyList<Item>> CitedBy => _citedBy;

    /// <summary>
    /// What the update that made these lists changed, and the lists it started from; null for lists made
    /// from scratch. Forgotten at the next update, so a session never holds more than one older set.
    /// </summary>
    public BackLinkChanges? Changes { get; private set; }

    /// <summary>The lists of <paramref name="items"/>, each with the link results found for it.</summary>
    public static BackLinks Of(IReadOnlyList<(Item Item, ItemLinks Links)> items)
    {
        var linkedFrom = new Dictionary<(ContentKind, string), IReadOnlyList<Item>>();
        var citedBy = new Dictionary<string, IReadOnlyList<Item>>();
        foreach (var (item, links) in items)
        {
            foreach (var to in links.Edges.Distinct()) Append(linkedFrom, to, item);
            foreach (var claim in links.Citations.Distinct()) Append(citedBy, claim, item);
        }
        foreach (var list in linkedFrom.Values.Concat(citedBy.Values)) ((List<Item>)list).Sort(Order.Instance);
        return new BackLinks(linkedFrom, citedBy, items.ToDictionary(x => (x.Item.Kind, x.Item.Id)));
    }

    // Adds an item to the list of a key, which is sorted once every item is in (each list is made here, so it is a List).
    private static void Append<TKey>(Dictionary<TKey, IReadOnlyList<Item>> lists, TKey key, Item item) where TKey : notnull
    {
        ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(lists, key, out _);
        ((List<Item>)(list ??= new List<Item>())).Add(item);
    }

    /// <summary>
    /// The lists of the <paramref name="current"/> items, made from these: an item whose object and link results are
    /// the ones given last time changes nothing; any other leaves the lists of its old links and enters
    /// those of its new ones, at its place in the order (a new title moves it).
    /// </summary>
    public BackLinks Update(IReadOnlyList<(Item Item, ItemLinks Links)> current) =>
        Apply(current, new Dictionary<(ContentKind, string), (Item Item, ItemLinks Links)>(current.Count), new Lists(this, copy: true), dropOthers: true);

    /// <summary>
    /// The lists after <paramref name="changed"/> items, each with its new link results; every other item stays as it was.
    /// Work in proportion to the items changed: the dictionaries of these lists are updated in place and handed on.
    /// </summary>
    public BackLinks Patch(IReadOnlyList<(Item Item, ItemLinks Links)> changed) => Apply(changed, _from, new Lists(this, copy: false), dropOthers: false);

    // from: what each item of the result contributes, filled in with the items given; dropOthers: items not given are gone.
    private BackLinks Apply(IReadOnlyList<(Item Item, ItemLinks Links)> current, Dictionary<(ContentKind, string), (Item Item, ItemLinks Links)> from,
        Lists update, bool dropOthers)
    {
        var items = new HashSet<(ContentKind, string)>();
        foreach (var now in current)
        {
            var key = (now.Item.Kind, now.Item.Id);
            var known = _from.TryGetValue(key, out var old);
            from[key] = now;
            if (known && ReferenceEquals(old.Item, now.Item) && ReferenceEquals(old.Links, now.Links)) continue;
            if (!known || !ReferenceEquals(old.Item, now.Item)) items.Add(key);
            if (known) update.Remove(old.Item, old.Links);
            update.Add(now.Item, now.Links);
        }
        if (dropOthers)
            foreach (var (key, old) in _from.Where(x => !from.ContainsKey(x.Key)))
            {
                update.Remove(old.Item, old.Links);
                items.Add(key);
            }
        Changes = null;
        return new BackLinks(update.LinkedFrom, update.CitedBy, from) { Changes = new BackLinkChanges(this, items, update.Targets, update.Claims) };
    }

    // The lists of one update: the last build's dictionaries (copies unless taken over), where a list is copied the first time it changes.
    private sealed class Lists(BackLinks last, bool copy)
    {
        public readonly Dictionary<(ContentKind, string), IReadOnlyList<Item>> LinkedFrom = copy ? new(last._linkedFrom) : last._linkedFrom;
        public readonly Dictionary<string, IReadOnlyList<Item>> CitedBy = copy ? new(last._citedBy) : last._citedBy;
        public readonly HashSet<(ContentKind, string)> Targets = new();
        public readonly HashSet<string> Claims = new(StringComparer.Ordinal);
        private readonly HashSet<object> _copied = new(ReferenceEqualityComparer.Instance);

        public void Remove(Item item, ItemLinks links)
        {
            Targets.UnionWith(links.Edges);
            Claims.UnionWith(links.Citations);
            foreach (var to in links.Edges.Distinct()) Remove(LinkedFrom, to, item);
            foreach (var claim in links.Citations.Distinct()) Remove(CitedBy, claim, item);
        }

        public void Add(Item item, ItemLinks links)
        {
            Targets.UnionWith(links.Edges);
            Claims.UnionWith(links.Citations);
            foreach (var to in links.Edges.Distinct()) Add(LinkedFrom, to, item);
            foreach (var claim in links.Citations.Distinct()) Add(CitedBy, claim, item);
        }

        private void Remove<TKey>(Dictionary<TKey, IReadOnlyList<Item>> lists, TKey key, Item item) where TKey : notnull
        {
            var list = Writable(lists, key);
            list.RemoveAt(list.BinarySearch(item, Order.Instance));
            if (list.Count == 0) lists.Remove(key);
        }

        private void Add<TKey>(Dictionary<TKey, IReadOnlyList<Item>> lists, TKey key, Item item) where TKey : notnull
        {
            var list = Writable(lists, key);
            list.Insert(~list.BinarySearch(item, Order.Instance), item);
        }

        private List<Item> Writable<TKey>(Dictionary<TKey, IReadOnlyList<Item>> lists, TKey key) where TKey : notnull
        {
            if (lists.TryGetValue(key, out var list) && _copied.Contains(list)) return (List<Item>)list;
            var copy = list is null ? new List<Item>() : new List<Item>(list);
            _copied.Add(copy);
            lists[key] = copy;
            return copy;
        }
    }

    /// <summary>Kind (in the site's kind order), then title ignoring case, then id: a total order, as ids are unique per kind.</summary>
    private sealed class Order : IComparer<Item>
    {
        public static readonly Order Instance = new();

        public int Compare(Item? a, Item? b)
        {
            var byKind = a!.Kind.Place().CompareTo(b!.Kind.Place());
            if (byKind != 0) return byKind;
            var byTitle = StringComparer.OrdinalIgnoreCase.Compare(a.Title, b.Title);
            return byTitle != 0 ? byTitle : string.CompareOrdinal(a.Id, b.Id);
        }
    }
}

/// <summary>
/// What one update of the back-link lists changed since <paramref name="From"/>: the items added, removed
/// or given a new object (an edited file), the items whose list of linking items may differ, and the
/// claims whose list of citing items may differ.
/// </summary>
internal sealed record BackLinkChanges(
    BackLinks From,
    IReadOnlySet<(ContentKind Kind, string Id)> Items,
    IReadOnlySet<(ContentKind Kind, string Id)> Targets,
    IReadOnlySet<string> Claims);
