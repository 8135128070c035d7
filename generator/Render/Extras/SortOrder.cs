namespace Trackside.Render.Extras;

/// <summary>
/// The ordinal sort order of a list of names (ids, paths), remembered with the list: a build that has the
/// same names in the same order as the last one (a text or title edit) reuses the order instead of sorting
/// again. Names of unchanged items are the very same strings, so comparing them is cheap.
/// </summary>
internal sealed class SortOrder
{
    private string[] _names = [];
    private int[] _order = [];

    /// <summary>The indexes of <paramref name="names"/>, in the ordinal order of the names.</summary>
    public IReadOnlyList<int> Of(string[] names)
    {
        if (names.AsSpan().SequenceEqual(_names)) return _order;
        var order = Enumerable.Range(0, names.Length).ToArray();
        Array.Sort(names.ToArray(), order, StringComparer.Ordinal);
        (_names, _order) = (names, order);
        return order;
    }

    /// <summary><paramref name="names"/> in ordinal order.</summary>
    public IEnumerable<string> Sort(string[] names) => Of(names).Select(i => names[i]);
}
