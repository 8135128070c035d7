using System.Collections.Frozen;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Trackside.Search;

/// <summary>
/// How text becomes search terms, at build time here and at query time in <c>static/search.js</c>:
/// lowercase each character on its own (a character whose lowercase is several characters, such as
/// "İ", stays as it is), fold accented Latin letters to their base letters with the table below
/// (shipped in the index, so the browser applies the very same table), drop combining marks and
/// apostrophes ("don't" is "dont"), and split on everything that is not a letter or digit.
/// Terms shorter than <see cref="MinLength"/> or longer than <see cref="MaxLength"/> are not indexed.
/// </summary>
public static class SearchText
{
    public const int MinLength = 2;
    public const int MaxLength = 32;

    /// <summary>Replacement, then the lowercase letters that fold to it.</summary>
    public static IReadOnlyList<(string To, string From)> FoldGroups { get; } =
    [
        ("a", "àáâãäåāăąǎǟǡǻȁȃȧḁạảấầẩẫậắằẳẵặ"),
        ("ae", "æ"),
        ("b", "ḃḅḇ"),
        ("c", "çćĉċčḉ"),
        ("d", "ðďđḋḍḏḑḓ"),
        ("e", "èéêëēĕėęěȅȇȩḕḗḙḛḝẹẻẽếềểễệ"),
        ("f", "ḟ"),
        ("g", "ĝğġģǧǵḡ"),
        ("h", "ĥħȟḣḥḧḩḫẖ"),
        ("i", "ìíîïĩīĭįıǐȉȋḭḯỉị"),
        ("j", "ĵǰ"),
        ("k", "ķǩḱḳḵ"),
        ("l", "ĺļľŀłḷḹḻḽ"),
        ("m", "ḿṁṃ"),
        ("n", "ñńņňǹṅṇṉṋ"),
        ("o", "òóôõöøōŏőơǒǫǭȍȏȫȭȯȱṍṏṑṓọỏốồổỗộớờởỡợ"),
        ("oe", "œ"),
        ("p", "ṕṗ"),
        ("r", "ŕŗřȑȓṙṛṝṟ"),
        ("s", "śŝşšſșṡṣṥṧṩ"),
        ("ss", "ß"),
        ("t", "ţťŧțṫṭṯṱẗ"),
        ("th", "þ"),
        ("u", "ùúûüũūŭůűųưǔǖǘǚǜȕȗṳṵṷṹṻụủứừửữự"),
        ("v", "ṽṿ"),
        ("w", "ŵẁẃẅẇẉẘ"),
        ("x", "ẋẍ"),
        ("y", "ýÿŷȳẏẙỳỵỷỹ"),
        ("z", "źżžẑẓẕ"),
    ];

    private static readonly FrozenDictionary<int, string> Fold = FoldGroups
        .SelectMany(g => g.From.EnumerateRunes().Select(r => (r.Value, g.To)))
        .ToFrozenDictionary(p => p.Value, p => p.To);

    // For ASCII: the lowercase character of a letter or digit, Drop for an apostrophe, Split for the rest.
    private const char Split = '\0', Drop = '\x01';
    private static readonly char[] Ascii = Enumerable.Range(0, 128)
        .Select(c => c == '\'' ? Drop : char.IsAsciiLetterOrDigit((char)c) ? char.ToLowerInvariant((char)c) : Split).ToArray();

    /// <summary>Receives each term; the span is only valid during the call.</summary>
    public delegate void TermSink(ReadOnlySpan<char> term);

    /// <summary>Every term of <paramref name="text"/>, in order, repeats included.</summary>
    /// <remarks>Compiled optimised from the start: a build is too short for tiered JIT to get to this loop in time.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Terms(ReadOnlySpan<char> text, TermSink sink)
    {
        Span<char> word = stackalloc char[MaxLength + 2];
        Span<char> units = stackalloc char[2];
        var length = 0; // may pass MaxLength: such a word is counted, not kept, and dropped at its end
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c < 128)
            {
                i++;
                var mapped = Ascii[c];
                if (mapped == Split) { Flush(word, ref length, sink); continue; }
                if (mapped == Drop) continue;
                if (length < word.Length) word[length] = mapped;
                length++;
                continue;
            }
            if (Rune.DecodeFromUtf16(text[i..], out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                i++;
                Flush(word, ref length, sink);
                continue;
            }
            i += consumed;
            if (rune.Value == '\u2019') continue;
            var lower = Rune.ToLowerInvariant(rune);
            switch (Rune.GetUnicodeCategory(lower))
            {
                case UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark:
                    continue;
                case UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                    or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                    or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber:
                    if (Fold.TryGetValue(lower.Value, out var folded)) Append(word, ref length, folded);
                    else Append(word, ref length, units[..lower.EncodeToUtf16(units)]);
                    continue;
                default:
                    Flush(word, ref length, sink);
                    continue;
            }
        }
        Flush(word, ref length, sink);
    }

    /// <summary>The terms of <paramref name="text"/> as a list (for tests and small texts).</summary>
    public static IReadOnlyList<string> Terms(string? text)
    {
        var terms = new List<string>();
        Terms(text.AsSpan(), term => terms.Add(term.ToString()));
        return terms;
    }

    private static void Append(Span<char> word, ref int length, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (length < word.Length) word[length] = c;
            length++;
        }
    }

    private static void Flush(Span<char> word, ref int length, TermSink sink)
    {
        if (length >= MinLength && length <= MaxLength) sink(word[..length]);
        length = 0;
    }
}
