using System.Text;

namespace Trackside.Search;

/// <summary>The fields a search term can be found in, from strongest to weakest.</summary>
public enum SearchField
{
    /// <summary>The title (for a claim: nothing; its text is its lead).</summary>
    Title = 0,
    /// <summary>Tags, regions, category, level, equipment, author, publisher.</summary>
    Keywords = 1,
    /// <summary>Summary, headings, stage titles and focus, a claim's text.</summary>
    Lead = 2,
    /// <summary>Everything else a page says: steps, cues, stop signs, Markdown bodies, notes.</summary>
    Body = 3,
}

/// <summary>One search result: a page (or a claim on a source page) with the texts it is found by.</summary>
public sealed class SearchDocument(SearchKind kind, string path, string title)
{
    public const int FieldCount = 4;
    private const int SnippetLength = 160;

    public SearchKind Kind => kind;
    /// <summary>Site-relative address: <c>exercises/calf-raise.html</c>, <c>sources/x.html#claim</c>.</summary>
    public string Path => path;
    public string Title => title;
    public string Snippet { get; private set; } = "";

    // The text of each field while the document is being written, dropped once its terms are made: a
    // session keeps thousands of documents, and after that only their terms are needed. The builders then
    // go back to the thread, for its next document: growing four afresh for each of ten thousand documents
    // was most of what search allocated (and garbage collection costs in proportion to what is allocated).
    private StringBuilder[]? _texts = _spareTexts is { Count: > 0 } spare ? spare.Pop() : [new(), new(), new(), new()];

    [ThreadStatic] private static Stack<StringBuilder[]>? _spareTexts;
    private const int SpareTextsKept = 4, SpareTextLength = 64 * 1024;

    private StringBuilder[] Texts => _texts ?? throw new InvalidOperationException("the document's terms are made: its text can no longer change");

    // The distinct terms of each field, made once: a session keeps documents of unchanged items.
    private string[][]? _terms;

    /// <summary>The distinct terms of a field, in no particular order. Once they are made, the document's text is fixed.</summary>
    internal string[] Terms(SearchField field)
    {
        MakeTerms(null);
        return _terms![(int)field];
    }

    // A set and a buffer per thread for making terms, in place of a set and a string for each field of every document.
    [ThreadStatic] private static HashSet<string>? _distinct;
    [ThreadStatic] private static char[]? _buffer;

    /// <summary>Makes the terms of each field (once), taking each term's string from <paramref name="pool"/> when given.</summary>
    internal void MakeTerms(TermPool? pool)
    {
        if (_terms is not null) return;
        var distinct = _distinct ??= new HashSet<string>(StringComparer.Ordinal);
        var lookup = distinct.GetAlternateLookup<ReadOnlySpan<char>>();
        SearchText.TermSink add = term =>
        {
            if (!lookup.Contains(term)) distinct.Add(pool?.Of(term) ?? term.ToString());
        };
        var terms = new string[FieldCount][];
        for (var f = 0; f < FieldCount; f++)
        {
            var text = Texts[f];
            if (_buffer is null || _buffer.Length < text.Length) _buffer = new char[Math.Max(text.Length, 4096)];
            text.CopyTo(0, _buffer, text.Length);
            SearchText.Terms(_buffer.AsSpan(0, text.Length), add);
            terms[f] = distinct.ToArray(); // in the order first found, as from a set of its own
            distinct.Clear();
        }
        _terms = terms;
        var texts = Texts;
        _texts = null;
        if ((_spareTexts ??= new()).Count >= SpareTextsKept || texts.Any(text => text.Capacity > SpareTextLength)) return;
        foreach (var text in texts) text.Clear();
        _spareTexts.Push(texts);
    }

    /// <summary>True when both show the same kind, address, title and snippet and have the same terms in each field.</summary>
    internal bool SameText(SearchDocument other) =>
        Kind == other.Kind && Path == other.Path && Title == other.Title && Snippet == other.Snippet
        && Enumerable.Range(0, FieldCount).All(f => Terms((SearchField)f).AsSpan().SequenceEqual(other.Terms((SearchField)f)));

    /// <summary>Where text of a field is collected, for writers that append piece by piece (end each text with a line break).</summary>
    internal StringBuilder Text(SearchField field) => Texts[(int)field];

    public SearchDocument Add(SearchField field, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text)) Texts[(int)field].Append(text).Append('\n');
        return this;
    }

    public SearchDocument Add(SearchField field, IEnumerable<string> texts)
    {
        foreach (var text in texts) Add(field, text);
        return this;
    }

    /// <summary>The line under the title in results: the summary, or else the start of the body.</summary>
    public SearchDocument WithSnippet(string? preferred)
    {
        var text = string.IsNullOrWhiteSpace(preferred) ? Start(SearchField.Lead) + " " + Start(SearchField.Body) : preferred;
        Snippet = Shorten(text, SnippetLength);
        return this;
    }

    private string Start(SearchField field)
    {
        var text = Texts[(int)field];
        return text.ToString(0, Math.Min(text.Length, SnippetLength * 4));
    }

    /// <summary>Whitespace collapsed, cut at a word boundary with an ellipsis when longer than <paramref name="max"/>.</summary>
    public static string Shorten(string text, int max)
    {
        var collapsed = Collapse(text);
        if (collapsed.Length <= max) return collapsed;
        var cut = collapsed.LastIndexOf(' ', max - 1);
        if (cut < max / 2) cut = max - 1;
        if (char.IsHighSurrogate(collapsed[cut - 1])) cut--;
        return collapsed[..cut].TrimEnd(',', ';', ':', '.', ' ') + "…";
    }

    // The words of the text (split at white space) with one space between them: made in place, where splitting and joining made a string per word.
    private static string Collapse(string text)
    {
        var words = text.Length <= 1024 ? stackalloc char[text.Length] : new char[text.Length];
        var (length, space) = (0, false);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { space = true; continue; }
            if (space && length > 0) words[length++] = ' ';
            space = false;
            words[length++] = c;
        }
        return words[..length].SequenceEqual(text) ? text : new string(words[..length]);
    }
}

/// <summary>The kinds of search result, in the order of their ids in the index.</summary>
public enum SearchKind
{
    Progression,
    Exercise,
    Explanation,
    Region,
    Source,
    Claim,
}
