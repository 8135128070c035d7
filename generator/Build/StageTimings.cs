using System.Diagnostics;

namespace Trackside.Build;

/// <summary>Wall time per pipeline stage, in the order the stages ran (for <c>build --timings</c>).</summary>
public sealed class StageTimings
{
    private readonly List<(string Stage, TimeSpan Time)> _stages = new();

    public IReadOnlyList<(string Stage, TimeSpan Time)> Stages => _stages;

    public T Time<T>(string stage, Func<T> run)
    {
        var clock = Stopwatch.StartNew();
        var result = run();
        _stages.Add((stage, clock.Elapsed));
        return result;
    }
}
