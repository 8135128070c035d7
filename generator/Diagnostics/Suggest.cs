namespace Trackside.Diagnostics;

/// <summary>Finds the candidates closest to a misspelt word, for "did you mean" hints.</summary>
public static class Suggest
{
    /// <summary>
    /// Candidates within a small edit distance (case-insensitive; '-' and '_' count as equal), nearest first.
    /// Far-off candidates are dropped: a wrong suggestion is worse than none.
    /// </summary>
    public static IReadOnlyList<string> Nearest(string input, IEnumerable<string> candidates, int max = 3)
    {
        var wanted = Normalise(input);
        var limit = Math.Max(1, Math.Min(3, wanted.Length / 3 + 1));
        return candidates
            .Distinct(StringComparer.Ordinal)
            .Select(c => (Candidate: c, Distance: Distance(wanted, Normalise(c))))
            .Where(x => x.Distance <= limit || IsPrefixMatch(wanted, Normalise(x.Candidate)))
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Candidate, StringComparer.Ordinal)
            .Take(max)
            .Select(x => x.Candidate)
            .ToList();
    }

    /// <summary>"did you mean `a`?" or "did you mean `a` or `b`?", or null when nothing is close.</summary>
    public static string? DidYouMean(string input, IEnumerable<string> candidates)
    {
        var nearest = Nearest(input, candidates);
        return nearest.Count == 0
            ? null
            : "did you mean " + string.Join(" or ", nearest.Select(n => $"`{n}`")) + "?";
    }

    private static bool IsPrefixMatch(string input, string candidate) =>
        input.Length >= 3 && candidate.StartsWith(input, StringComparison.Ordinal);

    private static string Normalise(string s) => s.Trim().ToLowerInvariant().Replace('_', '-');

    // Optimal string alignment distance: a swap of two neighbouring letters is one typo, not two.
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
