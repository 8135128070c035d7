using Trackside.Model;

namespace Trackside.Link;

/// <summary>
/// The items that differ between two content sets of a session: each edited item (a new object), added
/// item and removed item, as its old and new object. Found by reference, kind by kind: a kind whose
/// items were not touched is the very same dictionary, and is skipped without a look at its items.
/// </summary>
internal sealed record ContentChanges(ContentSet Then, IReadOnlyList<(Item? Then, Item? Now)> Items)
{
    /// <summary>Whether every item that existed then exists now, and no other.</summary>
    public bool SameIds => Items.All(i => i.Then is not null && i.Now is not null);

    public static ContentChanges Between(ContentSet then, ContentSet now)
    {
        var items = new List<(Item?, Item?)>();
        Compare(then.Exercises, now.Exercises, items);
        Compare(then.Progressions, now.Progressions, items);
        Compare(then.Explanations, now.Explanations, items);
        Compare(then.Regions, now.Regions, items);
        Compare(then.Sources, now.Sources, items);
        return new ContentChanges(then, items);
    }

    private static void Compare<T>(IReadOnlyDictionary<string, T> then, IReadOnlyDictionary<string, T> now, List<(Item?, Item?)> items) where T : Item
    {
        if (ReferenceEquals(then, now) || SameKeysCompared(then, now, items)) return;
        var stayed = 0;
        foreach (var (id, item) in now)
        {
            var old = then.GetValueOrDefault(id);
            if (old is not null) stayed++;
            if (!ReferenceEquals(old, item)) items.Add((old, item));
        }
        if (stayed == then.Count) return;
        foreach (var (id, old) in then)
            if (!now.ContainsKey(id)) items.Add((old, null));
    }

    // An edit in place makes a copy of the last build's dictionary of its kind with new items under the same keys, in the
    // same order: walked side by side, the two are compared without hashing ten thousand ids. False, having added nothing,
    // when the keys differ anywhere (an item added or removed).
    private static bool SameKeysCompared<T>(IReadOnlyDictionary<string, T> then, IReadOnlyDictionary<string, T> now, List<(Item?, Item?)> items) where T : Item
    {
        if (then.Count != now.Count) return false;
        var edited = new List<(Item?, Item?)>();
        using var before = then.GetEnumerator();
        foreach (var (id, item) in now)
        {
            before.MoveNext();
            if (!ReferenceEquals(before.Current.Key, id) && before.Current.Key != id) return false;
            if (!ReferenceEquals(before.Current.Value, item)) edited.Add((before.Current.Value, item));
        }
        items.AddRange(edited);
        return true;
    }
}
