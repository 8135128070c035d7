using System.Diagnostics;

namespace Trackside.Build;

/// <summary>
/// Wall time per pipeline stage, in the order the stages ran (for <c>build --timings</c>), and what each
/// stage allocated and how long the garbage collector paused the process meanwhile.
/// </summary>
public sealed class StageTimings
{
    private readonly List<(string Stage, TimeSpan Time)> _stages = new();
    private readonly List<(string Stage, long AllocatedBytes, TimeSpan GcPause)> _memory = new();

    public IReadOnlyList<(string Stage, TimeSpan Time)> Stages => _stages;

    public IReadOnlyList<(string Stage, long AllocatedBytes, TimeSpan GcPause)> Memory => _memory;

    public T Time<T>(string stage, Func<T> run)
    {
        var (allocated, paused) = (GC.GetTotalAllocatedBytes(), GC.GetTotalPauseDuration());
        var clock = Stopwatch.StartNew();
        var result = run();
        _stages.Add((stage, clock.Elapsed));
        _memory.Add((stage, GC.GetTotalAllocatedBytes() - allocated, GC.GetTotalPauseDuration() - paused));
        return result;
    }
}
