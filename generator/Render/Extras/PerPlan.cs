using Trackside.Render.Pages;

namespace Trackside.Render.Extras;

/// <summary>
/// A value made from each page plan, kept between the builds of a session. The planner hands back the very plan object
/// of a page whose inputs did not change, at its place in the list: a plan at the same place as last time keeps its
/// value, so an edit makes values for the plans it changed, not for fourteen thousand.
/// </summary>
internal sealed class PerPlan<T>(Func<PagePlan, T> make)
{
    private IReadOnlyList<PagePlan> _plans = [];
    private T[] _values = [];

    /// <summary>The value of each plan of <paramref name="plans"/>, in order: an array not to be changed.</summary>
    public T[] Of(IReadOnlyList<PagePlan> plans)
    {
        if (ReferenceEquals(plans, _plans)) return _values;
        var values = new T[plans.Count];
        for (var i = 0; i < values.Length; i++)
            values[i] = i < _plans.Count && ReferenceEquals(plans[i], _plans[i]) ? _values[i] : make(plans[i]);
        (_plans, _values) = (plans, values);
        return values;
    }
}
