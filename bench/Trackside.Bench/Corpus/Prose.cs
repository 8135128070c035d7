namespace Trackside.Bench.Corpus;

/// <summary>
/// The one source of randomness of a corpus. <see cref="Random(int)"/> with a seed is stable across
/// .NET versions, so the same seed always gives the same bytes.
/// </summary>
internal sealed class Prose(int seed)
{
    private readonly Random _rng = new(seed);

    public bool Chance(double p) => _rng.NextDouble() < p;

    /// <summary>A whole number from <paramref name="low"/> to <paramref name="high"/>, both included.</summary>
    public int Between(int low, int high) => _rng.Next(low, high + 1);

    public T Pick<T>(IReadOnlyList<T> items) => items[_rng.Next(items.Count)];

    /// <summary>Up to <paramref name="count"/> distinct items, in the order drawn.</summary>
    public List<T> Sample<T>(IReadOnlyList<T> items, int count)
    {
        count = Math.Min(count, items.Count);
        var picked = new List<T>(count);
        var used = new HashSet<int>();
        while (picked.Count < count)
        {
            var index = _rng.Next(items.Count);
            if (used.Add(index)) picked.Add(items[index]);
        }
        return picked;
    }

    public void Shuffle<T>(IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = _rng.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    public string Word()
    {
        var r = _rng.NextDouble();
        return Pick(r < 0.45 ? Vocabulary.Domain : r < 0.75 ? Vocabulary.Common : Vocabulary.Filler);
    }

    public List<string> Words(int low, int high) => Enumerable.Range(0, Between(low, high)).Select(_ => Word()).ToList();

    /// <summary>A capitalised sentence ending in a full stop, sometimes with a comma.</summary>
    public string Sentence(int low = 8, int high = 18)
    {
        var words = Words(low, high);
        if (words.Count > 8 && Chance(0.5)) words[Between(3, words.Count - 4)] += ",";
        return Capitalise(string.Join(' ', words)) + ".";
    }

    /// <summary>A few capitalised words without punctuation: cues, titles, list entries.</summary>
    public string Phrase(int low = 3, int high = 6) => Capitalise(string.Join(' ', Words(low, high)));

    /// <summary>A heading of domain words only, so its anchor is simply the words joined by '-'.</summary>
    public string Heading() => Capitalise(string.Join(' ', Enumerable.Range(0, Between(2, 4)).Select(_ => Pick(Vocabulary.Domain))));

    public string Date(int fromYear = 2015, int toYear = 2025) => $"{Between(fromYear, toYear)}-{Between(1, 12):00}-{Between(1, 28):00}";

    public static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
