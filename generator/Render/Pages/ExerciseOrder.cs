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

    /// <summary>
    /// Follows the content's exercises to <paramref name="now"/>, told the ids of exercises added, removed or edited since
    /// the last call (null when not known). Only edits in place are patched: the same ids keep the same content order.
    /// </summary>
    public void Follow(IReadOnlyDictionary<string, Exercise> now, IReadOnlyCollection<string>? edited)
    {
        if (ReferenceEquals(now, _of)) return;
        var was = _of;
        _of = now;
        if (_sorted is null || was is null || edited is null || now.Count != was.Count || !edited.All(id => was.ContainsKey(id) && now.ContainsKey(id))
            || !edited.All(id => Remove(was[id])))
        {
            (_sorted, _rank) = (null, null);
            return;
        }
        foreach (var id in edited) _sorted.Insert(~_sorted.BinarySearch(now[id], Comparer<Exercise>.Create(Compare)), now[id]);
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
