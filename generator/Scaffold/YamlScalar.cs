using System.Globalization;
using System.Text;

namespace Trackside.Scaffold;

/// <summary>
/// Writes a line of text as a YAML scalar that reads back as exactly that text: plain when that is
/// unambiguous, otherwise double-quoted with escapes. Plain is kept for ordinary words so the file
/// looks like the ones coaches write by hand.
/// </summary>
public static class YamlScalar
{
    // Words YAML 1.1 or 1.2 would read as a boolean or null rather than text.
    private static readonly HashSet<string> SpecialWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "null", "~", "true", "false", "yes", "no", "on", "off", "y", "n",
    };

    /// <summary>A scalar for block context: <c>key: VALUE</c> or <c>- VALUE</c>.</summary>
    public static string Block(string text) => IsPlainSafe(text, flow: false) ? text : Quoted(text);

    /// <summary>A scalar inside a flow list: <c>[VALUE, VALUE]</c> (commas and brackets are quoted too).</summary>
    public static string Flow(string text) => IsPlainSafe(text, flow: true) ? text : Quoted(text);

    /// <summary>A flow list, e.g. <c>[ankle, foot]</c>.</summary>
    public static string FlowList(IEnumerable<string> items) => "[" + string.Join(", ", items.Select(Flow)) + "]";

    /// <summary>
    /// A double-quoted scalar: backslash, quote and every non-printable character escaped
    /// (a lone surrogate, which no file can hold, becomes U+FFFD).
    /// </summary>
    public static string Quoted(string text)
    {
        var quoted = new StringBuilder("\"");
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                quoted.Append(c).Append(text[++i]);
                continue;
            }
            switch (c)
            {
                case '\\': quoted.Append(@"\\"); break;
                case '"': quoted.Append("\\\""); break;
                case '\n': quoted.Append(@"\n"); break;
                case '\t': quoted.Append(@"\t"); break;
                default:
                    if (char.IsSurrogate(c)) quoted.Append(@"\uFFFD");
                    else if (NeedsEscape(c)) quoted.Append(@"\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else quoted.Append(c);
                    break;
            }
        }
        return quoted.Append('"').ToString();
    }

    /// <summary>
    /// True for text that reads back unchanged as a plain scalar: it starts with a letter, holds only
    /// letters, digits, spaces and harmless punctuation (no ':', '#', quotes or brackets), has no
    /// leading or trailing space, and is not a word YAML reads as a boolean or null.
    /// </summary>
    public static bool IsPlainSafe(string text, bool flow)
    {
        if (text.Length == 0 || !char.IsLetter(text[0]) || text[^1] == ' ' || SpecialWords.Contains(text)) return false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) && !char.IsSurrogate(c)) continue;
            if (c is ' ' or '-' or '.' or '\'' or '(' or ')' or '/' or '?' or '!' or '+' or '=' or ';' or '&' or '%' or '_') continue;
            if (c == ',' && !flow) continue;
            return false;
        }
        return true;
    }

    private static bool NeedsEscape(char c) =>
        char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF';
}
