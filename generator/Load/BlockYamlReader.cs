using System.Buffers;
using Trackside.Diagnostics;
using Trackside.Model;

namespace Trackside.Load;

/// <summary>
/// Reads the plain block YAML that nearly every content file is written in (<c>key: value</c> lines,
/// nested blocks, <c>- item</c> lists, one-line <c>[a, b]</c> lists and <c>|</c> blocks) straight into
/// <see cref="DocNode"/>s, some ten times faster than YamlDotNet's scanner and parser, which made up most of
/// a full build's load time. It gives up (null) on anything else: comments, quotes, tabs, carriage returns,
/// multi-line plain values, empty values, duplicate keys, anything doubtful; <see cref="YamlTreeReader"/> then
/// reads the file with YamlDotNet, which also reports every error. What it does read comes out exactly as
/// YamlTreeReader makes it from YamlDotNet's events, positions included (tests/Load/BlockYamlReaderTests).
/// </summary>
internal ref struct BlockYamlReader
{
    private readonly string _path;
    private readonly ReadOnlySpan<char> _text;
    private readonly TextOrigin _origin;
    private readonly int _maxDepth;
    private int _line;      // 0-based number of the current line
    private int _lineStart; // index of its first character; the text's length past the last line
    private int _pos;       // where reading resumes on the current line

    // Files are read on many threads; each keeps one builder for the text of `|` blocks, and one stack each for the fields
    // of the blocks and the entries of the lists being read: a block or list takes an array of the right size once it is
    // complete, rather than each growing a List of its own. A text given up on leaves them as they are; the next starts afresh.
    [ThreadStatic] private static System.Text.StringBuilder? _literal;
    [ThreadStatic] private static List<DocField>? _openFields;
    [ThreadStatic] private static List<DocNode>? _openItems;

    private BlockYamlReader(string path, ReadOnlySpan<char> text, TextOrigin origin, int maxDepth)
    {
        _path = path;
        _text = text;
        _origin = origin;
        _maxDepth = maxDepth;
    }

    /// <summary>The document's root block of fields, or null when the text is not plain block YAML.</summary>
    public static DocMap? TryRead(string path, ReadOnlySpan<char> text, TextOrigin origin, int maxDepth)
    {
        if (!HasOnlyPlainCharacters(text)) return null;
        var reader = new BlockYamlReader(path, text, origin, maxDepth);
        (_openFields ??= []).Clear();
        (_openItems ??= []).Clear();
        reader.SkipBlankLines();
        if (reader.AtEnd || reader.Indent() != 0) return null;
        reader._pos = reader._lineStart;
        var root = reader.Map(indent: 0, depth: 1);
        if (root is null) return null;
        reader.SkipBlankLines();
        return reader.AtEnd ? root : null;
    }

    // Printable ASCII and line feeds. A SearchValues rather than IndexOfAnyExceptInRange(' ', '~'), which allocated
    // on every call (a call a line: 33 MB in the load of a 10,000-item site).
    private static readonly SearchValues<char> AsciiLines =
        SearchValues.Create("\n" + string.Concat(Enumerable.Range(' ', '~' - ' ' + 1).Select(c => (char)c)));

    // Characters YamlDotNet treats specially or refuses (tabs, carriage returns, other line breaks, controls,
    // byte-order marks, surrogates) send the file to YamlDotNet.
    private static bool HasOnlyPlainCharacters(ReadOnlySpan<char> text)
    {
        var rest = text;
        for (var i = rest.IndexOfAnyExcept(AsciiLines); i >= 0; i = rest.IndexOfAnyExcept(AsciiLines))
        {
            var c = rest[i];
            if (c < '\u00A0' || c is '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF' || char.IsSurrogate(c)) return false;
            rest = rest[(i + 1)..];
        }
        return true;
    }

    // A block of fields whose keys start at column `indent`; the first key at _pos.
    private DocMap? Map(int indent, int depth)
    {
        if (depth > _maxDepth) return null;
        var span = Span(_line, indent, 1);
        var fields = _openFields!;
        var first = fields.Count;
        while (true)
        {
            var key = Key(depth + 1);
            if (key is null || Find(fields, first, key.Value)) return null;
            var value = FieldValue(indent, depth + 1);
            if (value is null) return null;
            fields.Add(new DocField(key, value));

            SkipBlankLines();
            if (AtEnd) break;
            var next = Indent();
            if (next < indent) break;
            if (next > indent) return null;
            _pos = _lineStart + indent;
        }
        return new DocMap(span, Take(fields, first));
    }

    private static bool Find(List<DocField> fields, int first, string key)
    {
        for (var i = first; i < fields.Count; i++)
            if (fields[i].Key.Value == key) return true;
        return false;
    }

    // The open entries from `first` on, moved off the stack into an array of their own.
    private static T[] Take<T>(List<T> open, int first)
    {
        var taken = new T[open.Count - first];
        open.CopyTo(first, taken, 0, taken.Length);
        open.RemoveRange(first, taken.Length);
        return taken;
    }

    // A field name of letters, digits, '_' and '-', then ':' and a space or the line's end; _pos moves past the ':'.
    private DocScalar? Key(int depth)
    {
        var end = KeyEnd(_pos);
        if (end < 0 || depth > _maxDepth) return null;
        var key = Scalar(_pos, end);
        _pos = end + 1;
        return key;
    }

    private int KeyEnd(int from)
    {
        const int LongestKey = 100; // YamlDotNet limits implicit keys to 1024 characters; ours are short
        var end = from;
        while (end < _text.Length && end - from <= LongestKey && (char.IsAsciiLetterOrDigit(_text[end]) || _text[end] is '_' || (_text[end] is '-' && end > from)))
            end++;
        var separated = end > from && end < _text.Length && _text[end] == ':' && (end + 1 == _text.Length || _text[end + 1] is ' ' or '\n');
        return separated && end - from <= LongestKey ? end : -1;
    }

    // The value after a key's ':' in a block whose keys are at column `indent`: on the same line, or a block below.
    private DocNode? FieldValue(int indent, int depth)
    {
        SkipSpaces();
        if (!AtLineEnd) return InlineValue(indent, depth);
        NextLine();
        SkipBlankLines();
        if (AtEnd) return null;
        var next = Indent();
        _pos = _lineStart + next;
        if (IsItem(_pos) && next >= indent) return List(next, depth);
        return next > indent ? Map(next, depth) : null;
    }

    private bool IsItem(int at) => _text[at] == '-' && (at + 1 == _text.Length || _text[at + 1] is ' ' or '\n');

    // A list of `- item` lines with the dash at column `indent`, the first at _pos.
    private DocList? List(int indent, int depth)
    {
        if (depth > _maxDepth) return null;
        var span = Span(_line, indent, 1);
        var items = _openItems!;
        var first = items.Count;
        while (true)
        {
            _pos++;
            SkipSpaces();
            if (AtLineEnd) return null;
            var item = KeyEnd(_pos) >= 0 ? Map(_pos - _lineStart, depth + 1) : InlineValue(indent, depth + 1);
            if (item is null) return null;
            items.Add(item);

            SkipBlankLines();
            if (AtEnd) break;
            var next = Indent();
            if (next < indent) break;
            if (next > indent) return null;
            if (!IsItem(_lineStart + indent)) break;
            _pos = _lineStart + indent;
        }
        return new DocList(span, Take(items, first));
    }

    // A value that starts on the line at _pos, in a block whose entries are at column `parentIndent`.
    // On return the current line is the first one after the value.
    private DocNode? InlineValue(int parentIndent, int depth)
    {
        if (depth > _maxDepth) return null;
        return _text[_pos] switch
        {
            '[' => FlowList(depth),
            '|' => LiteralBlock(parentIndent),
            '"' or '\'' => QuotedLine(),
            '-' or '?' or ':' or ',' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '>' or '%' or '@' or '`' => null,
            _ => PlainLine(),
        };
    }

    // Plain text up to the line's end, without a comment or another `key: value` in it.
    private DocScalar? PlainLine()
    {
        var lineEnd = LineEnd();
        var end = lineEnd;
        while (_text[end - 1] == ' ') end--;
        var value = _text[_pos..end];
        if (value.Contains(": ", StringComparison.Ordinal) || value.Contains(" #", StringComparison.Ordinal) || value[^1] == ':') return null;
        var scalar = Scalar(_pos, end);
        NextLine();
        return scalar;
    }

    // "text" or 'text' on one line, without escapes.
    private DocScalar? QuotedLine()
    {
        var quote = _text[_pos];
        var lineEnd = LineEnd();
        var close = _text[(_pos + 1)..lineEnd].IndexOf(quote) is var at and >= 0 ? _pos + 1 + at : -1;
        if (close < 0 || (quote == '"' && _text[_pos..close].Contains('\\')) || (close + 1 < lineEnd && _text[close + 1] == quote)) return null;
        if (_text[(close + 1)..lineEnd].IndexOfAnyExcept(' ') >= 0) return null;
        var (fileLine, fileColumn) = _origin.Map(_line, _pos - _lineStart);
        var scalar = new DocScalar(new SourceSpan(_path, fileLine, fileColumn, close + 1 - _pos), ShortStrings.Of(_text[(_pos + 1)..close]), false, new TextOrigin(fileLine, fileColumn + 1));
        NextLine();
        return scalar;
    }

    // `[a, b]` on one line, of plain words.
    private DocList? FlowList(int depth)
    {
        var span = Span(_line, _pos - _lineStart, 1);
        var items = _openItems!;
        var first = items.Count;
        _pos++;
        SkipSpaces();
        if (_pos < _text.Length && _text[_pos] == ']') _pos++;
        else
        {
            while (true)
            {
                if (depth + 1 > _maxDepth || AtLineEnd || _text[_pos] is '-' or '?' or '!' or '&' or '*' or '|' or '>' or '%' or '@' or '`' or ',' or ']') return null;
                var start = _pos;
                while (!AtLineEnd && _text[_pos] is not (',' or ']')) _pos++;
                if (AtLineEnd) return null;
                var end = _pos;
                while (_text[end - 1] == ' ') end--;
                if (_text[start..end].IndexOfAny(":#[]{}\"'") >= 0) return null;
                items.Add(Scalar(start, end));
                if (_text[_pos++] == ']') break;
                SkipSpaces();
            }
        }
        SkipSpaces();
        if (!AtLineEnd) return null;
        NextLine();
        return new DocList(span, Take(items, first));
    }

    // A `|` block: its lines at the indent of the first one, kept as they are, with a single line break at the end
    // (none when the text ends on its last line). Blank lines with spaces in them and a blank first line give up.
    private DocScalar? LiteralBlock(int parentIndent)
    {
        var indicator = _pos;
        var line = _line;
        var column = _pos - _lineStart;
        _pos++;
        SkipSpaces();
        if (!AtLineEnd) return null; // chomping or indentation indicators
        NextLine();
        if (AtEnd || LineEnd() == _lineStart) return null;
        var indent = Indent();
        if (indent <= parentIndent || _lineStart + indent == LineEnd()) return null;

        var value = _literal ??= new System.Text.StringBuilder();
        value.Clear();
        var emptyLines = 0;
        var endsWithBreak = false;
        while (!AtEnd)
        {
            var lineEnd = LineEnd();
            if (lineEnd == _lineStart)
            {
                emptyLines++;
                NextLine();
                continue;
            }
            var lineIndent = Indent();
            if (_lineStart + lineIndent == lineEnd) return null; // spaces only
            if (lineIndent < indent) break;
            if (value.Length > 0) value.Append('\n', emptyLines + 1);
            emptyLines = 0;
            value.Append(_text[(_lineStart + indent)..lineEnd]);
            endsWithBreak = lineEnd < _text.Length;
            NextLine();
        }
        if (endsWithBreak) value.Append('\n');
        var (fileLine, fileColumn) = _origin.Map(line + 1, indent);
        return new DocScalar(Span(line, column, LengthToEndOfLine(indicator)), value.ToString(), false, new TextOrigin(fileLine, fileColumn));
    }

    private DocScalar Scalar(int start, int end)
    {
        var column = start - _lineStart;
        var (fileLine, fileColumn) = _origin.Map(_line, column);
        return new DocScalar(new SourceSpan(_path, fileLine, fileColumn, end - start), ShortStrings.Of(_text[start..end]), true, new TextOrigin(fileLine, fileColumn));
    }

    private SourceSpan Span(int line, int column, int length)
    {
        var (fileLine, fileColumn) = _origin.Map(line, column);
        return new SourceSpan(_path, fileLine, fileColumn, Math.Max(1, length));
    }

    private int LengthToEndOfLine(int from)
    {
        return EndOfLine(from) - from;
    }

    private bool AtEnd => _lineStart >= _text.Length;

    private bool AtLineEnd => _pos >= _text.Length || _text[_pos] == '\n';

    private int LineEnd() => EndOfLine(_lineStart);

    // Where the line holding `at` ends: at its '\n', or at the text's end.
    private int EndOfLine(int at) => _text[at..].IndexOf('\n') is var end and >= 0 ? at + end : _text.Length;

    private int Indent()
    {
        var at = _lineStart;
        while (at < _text.Length && _text[at] == ' ') at++;
        return at - _lineStart;
    }

    private void NextLine()
    {
        _lineStart = Math.Min(LineEnd() + 1, _text.Length);
        _line++;
    }

    // Empty lines and lines of spaces between values.
    private void SkipBlankLines()
    {
        while (!AtEnd && _lineStart + Indent() == LineEnd()) NextLine();
    }

    private void SkipSpaces()
    {
        while (_pos < _text.Length && _text[_pos] == ' ') _pos++;
    }
}
