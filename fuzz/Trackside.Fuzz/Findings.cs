using System.Security.Cryptography;
using System.Text;

namespace Trackside.Fuzz;

/// <summary>
/// Crashes, one per distinct bug: grouped by <see cref="Signature"/>, minimised, and saved as
/// <c>crash-ID.bin</c> (the input) and <c>crash-ID.txt</c> (target file, replay command, stack trace).
/// Shared by the built-in mode and by <c>--run</c>, which triages what afl-fuzz saved.
/// </summary>
public sealed class Findings(string folder, Func<byte[], Exception?> run)
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    public int Unique => _counts.Count;

    /// <summary>Counts the crash; a new kind is minimised and saved. True when it was new.</summary>
    public bool Add(byte[] input, Exception e)
    {
        var signature = Signature(e);
        _counts[signature] = _counts.GetValueOrDefault(signature) + 1;
        if (_counts[signature] > 1) return false;

        var small = Minimise(input, signature);
        var id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(signature)))[..10];
        var path = Path.Combine(folder, $"crash-{id}");
        if (File.Exists(path + ".bin") && new FileInfo(path + ".bin").Length <= small.Length)
        {
            Console.WriteLine($"CRASH {id}: {signature}\n  already saved as {path}.bin");
            return true; // an earlier run kept a smaller input for the same bug
        }
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(path + ".bin", small);
        // The trace of the minimised input: shorter inputs often take a more direct path.
        var trace = run(small) ?? e;
        File.WriteAllText(path + ".txt",
            $"target file: {FuzzTarget.Targets[small[0] % FuzzTarget.Targets.Length]}\nreplay: --run {path}.bin\n\n{trace}\n");
        Console.WriteLine($"CRASH {id}: {signature}\n  saved {path}.bin ({small.Length} bytes) and {path}.txt");
        return true;
    }

    public void PrintSummary()
    {
        foreach (var (signature, count) in _counts) Console.WriteLine($"{count,6} input(s): {signature}");
    }

    /// <summary>
    /// The exception type, where it was thrown, and the class of Trackside's own code that let it
    /// through: one line per distinct bug, whichever method of that class the input reached it by.
    /// </summary>
    public static string Signature(Exception e)
    {
        var inner = e is AggregateException { InnerExceptions.Count: 1 } a ? a.InnerExceptions[0] : e;
        var frames = (inner.StackTrace ?? "").Split('\n').Select(l => l.Trim())
            .Where(l => l.StartsWith("at ", StringComparison.Ordinal)).Select(l => l.Split(" in ")[0]).ToList();
        var own = frames.FirstOrDefault(f => f.StartsWith("at Trackside.", StringComparison.Ordinal) && !f.StartsWith("at Trackside.Fuzz.", StringComparison.Ordinal));
        var ownClass = own?[3..own.LastIndexOf('.', own.IndexOf('('))];
        return $"{inner.GetType().FullName} | {frames.FirstOrDefault()} | {ownClass}";
    }

    // Deletes ever smaller chunks (never the selector byte) while the same crash still happens:
    // delta debugging, bounded so one finding cannot stall the run.
    private byte[] Minimise(byte[] input, string signature)
    {
        var best = input;
        var budget = 3000;
        for (var chunk = Math.Max(1, (best.Length - 1) / 2); chunk >= 1; chunk /= 2)
        {
            for (var at = 1; at + chunk <= best.Length && budget-- > 0;)
            {
                byte[] candidate = [.. best[..at], .. best[(at + chunk)..]];
                if (run(candidate) is { } e && Signature(e) == signature) best = candidate;
                else at += chunk;
            }
        }
        return best;
    }
}
