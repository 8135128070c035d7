using System.Diagnostics;

namespace Trackside.Fuzz;

/// <summary>
/// The built-in mode, for machines without afl-fuzz: mutates the seed corpus and runs each
/// mutant through <see cref="FuzzTarget"/>. Without coverage, the set of diagnostic codes an input
/// produces stands in for "new behaviour": such inputs join the queue and are mutated further.
/// </summary>
public sealed class RandomFuzzer
{
    private readonly FuzzTarget _target;
    private readonly Mutator _mutator;
    private readonly Random _random;
    private readonly string _folder;
    private readonly TimeSpan _timeout;
    private readonly Findings _findings;
    private readonly List<byte[]> _queue = [];
    private readonly HashSet<string> _behaviours = new(StringComparer.Ordinal);
    private readonly Stopwatch _current = new();
    private long _execs;

    public RandomFuzzer(FuzzTarget target, Mutator mutator, Random random, string folder, TimeSpan timeout)
    {
        (_target, _mutator, _random, _folder, _timeout) = (target, mutator, random, folder, timeout);
        _findings = new Findings(folder, RunForMinimising);
    }

    public int Run(IReadOnlyList<byte[]> seeds, TimeSpan duration)
    {
        Directory.CreateDirectory(_folder);
        foreach (var seed in seeds) Execute(seed);
        if (_queue.Count == 0) _queue.Add("0title: x\n"u8.ToArray());
        StartWatchdog();

        var clock = Stopwatch.StartNew();
        var lastReport = TimeSpan.Zero;
        while (clock.Elapsed < duration)
        {
            Execute(_mutator.Mutate(_queue[_random.Next(_queue.Count)], _queue[_random.Next(_queue.Count)]));
            if (clock.Elapsed - lastReport < TimeSpan.FromSeconds(30)) continue;
            lastReport = clock.Elapsed;
            Report(clock.Elapsed);
        }
        Console.Write("done: ");
        Report(clock.Elapsed);
        _findings.PrintSummary();
        File.Delete(LastInput);
        return _findings.Unique == 0 ? 0 : 1;
    }

    private void Report(TimeSpan elapsed) =>
        Console.WriteLine($"[{elapsed:hh\\:mm\\:ss}] execs {_execs:N0}  execs/s {_execs / Math.Max(1, elapsed.TotalSeconds):F0}  " +
                          $"queue {_queue.Count}  unique crashes {_findings.Unique}");

    // A stack overflow ends the process without a catch: this file then holds the input that did it.
    private string LastInput => Path.Combine(_folder, ".last-input");

    private void Execute(byte[] input)
    {
        File.WriteAllBytes(LastInput, input);
        _execs++;
        _current.Restart();
        try
        {
            if (_behaviours.Add(_target.Run(input))) _queue.Add(input);
        }
        catch (Exception e)
        {
            _findings.Add(input, e);
        }
        finally
        {
            _current.Reset();
        }
    }

    private Exception? RunForMinimising(byte[] input)
    {
        _execs++;
        _current.Restart(); // the watchdog times each run, not the whole minimisation
        try { _target.Run(input); return null; }
        catch (Exception e) { return e; }
    }

    // A hang cannot be interrupted in-process, so the input is saved and the process ends.
    private void StartWatchdog()
    {
        var thread = new Thread(() =>
        {
            while (true)
            {
                Thread.Sleep(500);
                if (_current.Elapsed < _timeout) continue;
                var hang = Path.Combine(_folder, $"hang-{DateTime.UtcNow:yyyyMMddHHmmss}.bin");
                File.Copy(LastInput, hang, overwrite: true);
                Console.WriteLine($"HANG: one input ran longer than {_timeout.TotalSeconds} s; saved {hang}");
                Environment.Exit(3);
            }
        }) { IsBackground = true };
        thread.Start();
    }
}
