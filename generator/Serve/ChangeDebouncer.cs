namespace Trackside.Serve;

/// <summary>
/// Turns a burst of file events (an editor's write, rename and chmod of one save) into one call,
/// made once no event has arrived for <see cref="Quiet"/>, with the paths, or with null when events
/// were lost. Calls never overlap.
/// </summary>
public sealed class ChangeDebouncer : IDisposable
{
    private readonly Timer _timer;
    private readonly Action<IReadOnlyCollection<string>?> _onQuiet;
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private bool _lost;

    public ChangeDebouncer(TimeSpan quiet, Action<IReadOnlyCollection<string>?> onQuiet)
    {
        Quiet = quiet;
        _onQuiet = onQuiet;
        _timer = new Timer(_ => Fire());
    }

    public TimeSpan Quiet { get; }

    public void Notify(string path)
    {
        lock (_lock)
        {
            _pending.Add(path);
            _timer.Change(Quiet, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>Events were lost: the next call says so instead of naming paths.</summary>
    public void NotifyLost()
    {
        lock (_lock)
        {
            _lost = true;
            _timer.Change(Quiet, Timeout.InfiniteTimeSpan);
        }
    }

    private void Fire()
    {
        string[]? changed;
        lock (_lock)
        {
            changed = _lost ? null : _pending.ToArray();
            if (changed is { Length: 0 }) return;
            _lost = false;
            _pending.Clear();
        }
        lock (_timer) _onQuiet(changed); // a slow rebuild makes the next burst wait, never run beside it
    }

    public void Dispose() => _timer.Dispose();
}
