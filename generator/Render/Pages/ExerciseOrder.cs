using Trackside.Model;

namespace Trackside.Render.Pages;

/// <summary>
/// The exercises in the order the index lists show them: by title, ignoring case, ties in the content's own order.
/// A session's planner keeps it between builds: an edit takes each edited exercise out and puts it back at its
/// binary-search place instead of sorting ten thousand titles again.
/// </summary>
internal sealed class ExerciseOrder
{
    private IReadOnlyDictionary<string, Exercise>? _of;
    private List<Exercise>? _sorted;
    private Dictionary<string, int>? _rank; // an id's place in the content's order, which breaks ties as a stable sort does

    /// <summary>The exercises of the content last followed, in order.</summary>
    public IReadOnlyList<Exercise> Sorted => _sorted ??= Sort();

    // The exercises the last Follow re-placed, as they were and are; null when it sorted them all again.
    private IReadOnlyList<(Exercise Was, Exercise Now)>? _edits;

    /// <summary>
    /// Follows the content's exercises to <paramref name="now"/>, told the ids of exercises added, removed or edited since
    /// the last call (null when not known). Only edits in place are patched: the same ids keep the same content order.
    /// </summary>
    public void Follow(IReadOnlyDictionary<string, Exercise> now, IReadOnlyCollection<string>? edited)
    {
        if (ReferenceEquals(now, _of))
        {
            _edits = _sorted is null ? null : [];
            return;
        }
        var was = _of;
        _of = now;
        if (_sorted is null || was is null || edited is null || now.Count != was.Count || !edited.All(id => was.ContainsKey(id) && now.ContainsKey(id))
            || !edited.All(id => Remove(was[id])))
        {
            (_sorted, _rank, _edits) = (null, null, null);
            return;
        }
        foreach (var id in edited) _sorted.Insert(~_sorted.BinarySearch(now[id], Comparer<Exercise>.Create(Compare)), now[id]);
        _edits = edited.Select(id => (was[id], now[id])).ToList();
    }

    /// <summary>
    /// The groups of a list of exercises, as planned before the last <see cref="Follow"/>, with its edits: each edited exercise's
    /// entry taken out of the group <paramref name="place"/> put it in, and its new entry put in at its place in this order.
    /// Null when the edits are not known (everything was sorted again) or the groups do not hold what they should.
    /// </summary>
    public IReadOnlyList<ListGroup>? Patch(IReadOnlyList<ListGroup> groups, Func<Exercise, int?> place)
    {
        if (_edits is null) return null;
        var patched = new List<ListEntry>?[groups.Count];
        List<ListEntry> Entries(int group) => patched[group] ??= new List<ListEntry>(groups[group].Entries);
        foreach (var (was, _) in _edits)
        {
            if (place(was) is not { } group) continue;
            // The entry may hold an earlier object of the exercise: an edit that kept its listed text left the list as it was.
            var at = Find(Entries(group), was);
            if (at < 0 || Entries(group)[at].Item?.Id != was.Id) return null;
            Entries(group).RemoveAt(at);
        }
        foreach (var (_, now) in _edits)
        {
            if (place(now) is not { } group) continue;
            var at = Find(Entries(group), now);
            if (at >= 0) return null;
            Entries(group).Insert(~at, ListEntry.Of(now));
        }
        return groups.Select((group, index) => patched[index] is { } entries ? group with { Entries = entries } : group).ToList();
    }

    // The place of the exercise in entries sorted in this order, or the complement of where it would go.
    private int Find(List<ListEntry> entries, Exercise exercise)
    {
        var (low, high) = (0, entries.Count - 1);
        while (low <= high)
        {
            var middle = low + (high - low) / 2;
            var order = entries[middle].Item is Exercise listed ? Compare(listed, exercise) : throw new InvalidOperationException("a list of exercises lists something else");
            if (order == 0) return middle;
            if (order < 0) low = middle + 1;
            else high = middle - 1;
        }
        return ~low;
    }

    private List<Exercise> Sort()
    {
        var exercises = _of ?? throw new InvalidOperationException("no content followed yet");
        _rank = exercises.Keys.Select((id, place) => (id, place)).ToDictionary(x => x.id, x => x.place, StringComparer.Ordinal);
        return exercises.Values.OrderBy(e => e.Title, StringComparer.OrdinalIgnoreCase).ToList();
    }

    private bool Remove(Exercise exercise)
    {
        var place = _sorted!.BinarySearch(exercise, Comparer<Exercise>.Create(Compare));
        if (place < 0 || !ReferenceEquals(_sorted[place], exercise)) return false;
        _sorted.RemoveAt(place);
        return true;
    }

    private int Compare(Exercise a, Exercise b)
    {
        var byTitle = StringComparer.OrdinalIgnoreCase.Compare(a.Title, b.Title);
        return byTitle != 0 ? byTitle : _rank![a.Id].CompareTo(_rank[b.Id]);
    }
}
