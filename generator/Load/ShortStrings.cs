namespace Trackside.Load;

/// <summary>
/// One string for each short text a thread reads again and again: field names (on nearly every line of every file)
/// and values such as categories, levels, region ids, tags, doses and the parts of citations. The model then holds
/// one string where it held one for each use, and every collection has fewer objects to trace and copy.
/// </summary>
internal static class ShortStrings
{
    private const int LongestKept = 24;

    // A bound on what each thread keeps, whatever the site: the texts that repeat come early, in the first files read.
    private const int MostKept = 4096;

    // Each thread has its own, as files are read in parallel: no locks, and at most a copy of each text per thread.
    [ThreadStatic] private static HashSet<string>? _kept;

    public static string Of(ReadOnlySpan<char> text)
    {
        if (text.Length > LongestKept) return text.ToString();
        var kept = _kept ??= new HashSet<string>(StringComparer.Ordinal);
        if (kept.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out var known)) return known;
        var made = text.ToString();
        if (kept.Count < MostKept) kept.Add(made);
        return made;
    }
}
