using System.Text;
using System.Text.RegularExpressions;

namespace Trackside.Bench.Corpus;

/// <summary>
/// A small YAML emitter for the shapes content files use: fields, flow lists of ids, block lists,
/// lists of blocks and literal Markdown blocks. Values are written plain when that is safe and
/// double-quoted otherwise, so any generated text reads back as the same string.
/// </summary>
internal sealed partial class YamlWriter
{
    private readonly StringBuilder _text = new();
    private int _indent;
    private bool _dashPending;

    public YamlWriter Field(string key, string? value) => value is null ? this : Line($"{key}: {Scalar(value)}");

    public YamlWriter Field(string key, int value) => Line($"{key}: {value}");

    /// <summary><c>key: [a, b]</c>; nothing when the list is empty.</summary>
    public YamlWriter Flow(string key, IReadOnlyCollection<string> items) =>
        items.Count == 0 ? this : Line($"{key}: [{string.Join(", ", items.Select(i => Scalar(i, flow: true)))}]");

    /// <summary>One <c>- item</c> line per entry; nothing when the list is empty.</summary>
    public YamlWriter List(string key, IReadOnlyCollection<string> items)
    {
        if (items.Count == 0) return this;
        Line(key + ":");
        foreach (var item in items) Line($"  - {Scalar(item)}");
        return this;
    }

    /// <summary><c>key: |</c> followed by the Markdown, indented; blank lines stay blank.</summary>
    public YamlWriter Literal(string key, string markdown)
    {
        Line(key + ": |");
        foreach (var line in markdown.TrimEnd('\n').Split('\n')) Line(line.Length == 0 ? "" : "  " + line);
        return this;
    }

    /// <summary><c>key:</c> with the fields that <paramref name="body"/> writes nested under it.</summary>
    public YamlWriter Block(string key, Action<YamlWriter> body)
    {
        Line(key + ":");
        return Nested(body);
    }

    /// <summary>A list entry that is itself a block: its first line starts with "- ".</summary>
    public YamlWriter Entry(Action<YamlWriter> body)
    {
        _dashPending = true;
        return Nested(body);
    }

    /// <summary>A list entry written as is, e.g. an id or a flow mapping.</summary>
    public YamlWriter RawEntry(string text) => Line("- " + text);

    public YamlWriter Line(string text)
    {
        if (text.Length == 0 && !_dashPending)
        {
            _text.Append('\n');
            return this;
        }
        var indent = _dashPending ? _indent - 2 : _indent;
        _text.Append(' ', indent).Append(_dashPending ? "- " : "").Append(text).Append('\n');
        _dashPending = false;
        return this;
    }

    public override string ToString() => _text.ToString();

    /// <summary>The value as a YAML scalar: plain when it reads back unchanged, else double-quoted.</summary>
    public static string Scalar(string value, bool flow = false)
    {
        var plain = SafePlain().IsMatch(value) && !value.Contains(": ") && !value.Contains(" #")
            && !(flow && value.IndexOfAny([',', '[', ']', '{', '}']) >= 0);
        return plain ? value : "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
    }

    private YamlWriter Nested(Action<YamlWriter> body)
    {
        _indent += 2;
        body(this);
        _indent -= 2;
        return this;
    }

    // Starts with a letter or digit, ends without a space or colon, holds no quote, backslash or line break.
    [GeneratedRegex(@"^[A-Za-z0-9](?:[^\n\r""'\\]*[^\s:""'\\])?$")]
    private static partial Regex SafePlain();
}
