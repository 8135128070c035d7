using Trackside.Model;
using Trackside.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Trackside.Load;

/// <summary>
/// Reads one YAML document into <see cref="DocNode"/>s, keeping every value's position.
/// Anything coaches never need (anchors, aliases, tags, merge keys, non-text keys, several
/// documents) is refused with a located error instead of being interpreted.
/// </summary>
public sealed class YamlTreeReader
{
    private readonly string _path;
    private readonly string _text;
    private readonly DiagnosticBag _diagnostics;
    private readonly int _maxDepth;
    private readonly Parser _parser;
    private Mark _lastMark = Mark.Empty;

    private YamlTreeReader(string path, string text, TextOrigin origin, DiagnosticBag diagnostics, int maxDepth)
    {
        _path = path;
        _text = text;
        _diagnostics = diagnostics;
        _maxDepth = maxDepth;
        _parser = new Parser(new Scanner(new StringReader(text), skipComments: true));
        Origin = origin;
    }

    // Front matter starts below the opening '---': its marks are shifted back into the file by this.
    private TextOrigin Origin { get; }

    /// <summary>
    /// The document's root, or null when the text is empty or was refused (the reason is in
    /// <paramref name="diagnostics"/>). Never throws for bad input.
    /// </summary>
    public static DocNode? Read(string path, ReadOnlySpan<char> text, TextOrigin origin, DiagnosticBag diagnostics, int maxDepth) =>
        BlockYamlReader.TryRead(path, text, origin, maxDepth) ?? ReadWithYamlDotNet(path, text.ToString(), origin, diagnostics, maxDepth);

    /// <summary>What <see cref="Read"/> gives for text that <see cref="BlockYamlReader"/> leaves to YamlDotNet.</summary>
    internal static DocNode? ReadWithYamlDotNet(string path, string text, TextOrigin origin, DiagnosticBag diagnostics, int maxDepth)
    {
        var reader = new YamlTreeReader(path, text, origin, diagnostics, maxDepth);
        try
        {
            return reader.ReadDocument();
        }
        catch (YamlRefusedException)
        {
            return null; // already reported
        }
        catch (YamlException e)
        {
            reader.ReportSyntaxError(e);
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet's parser throws these for some malformed input (a flow list broken across
            // lines, an invalid tag URI, '...' followed by text): found by fuzzing. No position
            // comes with them, so the error points at the last value read.
            reader.ReportMalformed();
            return null;
        }
    }

    private DocNode? ReadDocument()
    {
        _parser.Consume<StreamStart>();
        if (_parser.Accept<StreamEnd>(out _)) return null;
        _parser.Consume<DocumentStart>();
        var root = _parser.Accept<DocumentEnd>(out _) ? null : ReadNode(depth: 1);
        _parser.Consume<DocumentEnd>();
        if (_parser.Accept<DocumentStart>(out var second))
            throw Refuse(Codes.MultipleDocuments, second.Start, "the file holds more than one YAML document",
                "remove the second '---' line, or move what follows it into its own file");
        return root;
    }

    private DocNode ReadNode(int depth)
    {
        var current = _parser.Current ?? throw Refuse(Codes.YamlSyntax, _lastMark, "the file ends in the middle of a value");
        _lastMark = current.Start;
        if (depth > _maxDepth)
            throw Refuse(Codes.TooDeep, current.Start, $"the YAML is nested more than {_maxDepth} levels deep");
        if (current is AnchorAlias alias)
            throw Refuse(Codes.UnsupportedYaml, alias.Start, $"aliases (*{alias.Value}) are not supported", "write the value out in full");
        if (current is NodeEvent node)
        {
            if (!node.Anchor.IsEmpty)
                throw Refuse(Codes.UnsupportedYaml, node.Start, $"anchors (&{node.Anchor}) are not supported", "remove the anchor and write each value out in full");
            if (!node.Tag.IsEmpty && !node.Tag.IsNonSpecific)
                throw Refuse(Codes.UnsupportedYaml, node.Start, $"YAML tags ({node.Tag}) are not supported", "remove the tag; write the value as plain text");
        }

        return current switch
        {
            Scalar scalar => ReadScalar(scalar),
            SequenceStart start => ReadList(start, depth),
            MappingStart start => ReadMap(start, depth),
            _ => throw Refuse(Codes.YamlSyntax, current.Start, "a field or list entry has no value here",
                "write a value after the colon or dash, or remove the line"),
        };
    }

    private DocScalar ReadScalar(Scalar scalar)
    {
        _parser.MoveNext();
        var span = SpanOf(scalar.Start, scalar.End);
        return new DocScalar(span, scalar.Value, scalar.Style == ScalarStyle.Plain, ContentOriginOf(scalar));
    }

    private DocList ReadList(SequenceStart start, int depth)
    {
        _parser.MoveNext();
        var items = new List<DocNode>();
        while (!_parser.Accept<SequenceEnd>(out _)) items.Add(ReadNode(depth + 1));
        _parser.MoveNext();
        return new DocList(SpanOf(start.Start, start.End), items);
    }

    private DocMap ReadMap(MappingStart start, int depth)
    {
        _parser.MoveNext();
        var fields = new List<DocField>();
        var seen = new Dictionary<string, DocScalar>(StringComparer.Ordinal);
        while (!_parser.Accept<MappingEnd>(out _))
        {
            var keyEvent = _parser.Current!;
            var key = ReadNode(depth + 1);
            if (key is not DocScalar keyScalar)
                throw Refuse(Codes.UnsupportedYaml, keyEvent.Start, "a field name must be plain text, not a list or block",
                    "write the field as `name: value`");
            if (keyScalar.Value == "<<" && keyScalar.IsPlain)
                throw Refuse(Codes.UnsupportedYaml, keyEvent.Start, "merge keys (<<) are not supported", "write every field out in full");

            var value = ReadNode(depth + 1);
            if (seen.TryGetValue(keyScalar.Value, out var first))
            {
                _diagnostics.Error(Codes.DuplicateKey, keyScalar.Span,
                    $"the field `{keyScalar.Value}` appears twice (first on line {first.Span.Line})",
                    "keep one of them and delete the other");
                continue;
            }
            seen[keyScalar.Value] = keyScalar;
            fields.Add(new DocField(keyScalar, value));
        }
        _parser.MoveNext();
        return new DocMap(SpanOf(start.Start, start.End), fields);
    }

    private SourceSpan SpanOf(Mark start, Mark end)
    {
        var (line, column) = Origin.Map((int)start.Line - 1, (int)start.Column - 1);
        var length = start.Line == end.Line ? Math.Max(1, (int)(end.Column - start.Column)) : LengthToEndOfLine(start);
        return new SourceSpan(_path, line, column, length);
    }

    private int LengthToEndOfLine(Mark start)
    {
        var from = (int)start.Index;
        if (from >= _text.Length) return 1;
        var end = _text.IndexOfAny(['\r', '\n'], from);
        return Math.Max(1, (end < 0 ? _text.Length : end) - from);
    }

    // Where the value's first character is: after the quote of a quoted value, and on the first
    // content line (at the block's indent) of a `|` or `>` block.
    private TextOrigin ContentOriginOf(Scalar scalar)
    {
        var line = (int)scalar.Start.Line - 1;
        var column = (int)scalar.Start.Column - 1;
        switch (scalar.Style)
        {
            case ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted:
                column += 1;
                break;
            case ScalarStyle.Literal or ScalarStyle.Folded:
                (line, column) = FirstBlockLine((int)scalar.Start.Index, line);
                break;
        }
        var (fileLine, fileColumn) = Origin.Map(line, column);
        return new TextOrigin(fileLine, fileColumn);
    }

    private (int Line, int Column) FirstBlockLine(int indicatorIndex, int indicatorLine)
    {
        var lineStart = _text.IndexOf('\n', Math.Min(indicatorIndex, _text.Length));
        var line = indicatorLine;
        while (lineStart >= 0 && lineStart + 1 < _text.Length)
        {
            lineStart++;
            line++;
            var indent = 0;
            while (lineStart + indent < _text.Length && _text[lineStart + indent] == ' ') indent++;
            var at = lineStart + indent;
            if (at < _text.Length && _text[at] is not '\n' and not '\r') return (line, indent);
            lineStart = _text.IndexOf('\n', lineStart);
        }
        return (indicatorLine, 0);
    }

    private void ReportSyntaxError(YamlException e)
    {
        var (textLine, textColumn) = SyntaxHints.TabPosition(_text, e) ?? ((int)e.Start.Line, (int)e.Start.Column);
        var (line, column) = Origin.Map(textLine - 1, textColumn - 1);
        var span = new SourceSpan(_path, Math.Max(1, line), Math.Max(1, column));
        var message = e.Message.TrimEnd('.');
        var hint = SyntaxHints.For(LineAt(textLine), message);
        _diagnostics.Error(Codes.YamlSyntax, span, $"this is not valid YAML: {LowerFirst(message)}", hint);
    }

    private void ReportMalformed()
    {
        var (line, column) = Origin.Map(Math.Max(0, (int)_lastMark.Line - 1), Math.Max(0, (int)_lastMark.Column - 1));
        _diagnostics.Error(Codes.YamlSyntax, new SourceSpan(_path, line, column), "this is not valid YAML (near here)",
            SyntaxHints.For(LineAt((int)_lastMark.Line), "") ?? "check the brackets, quotes and indentation of this line and the next");
    }

    private string LineAt(int oneBasedLine)
    {
        var lines = _text.Split('\n');
        return oneBasedLine >= 1 && oneBasedLine <= lines.Length ? lines[oneBasedLine - 1] : "";
    }

    private static string LowerFirst(string s) => s.Length == 0 ? s : char.ToLowerInvariant(s[0]) + s[1..];

    /// <summary>Reports why the file is refused; the caller throws the result to stop reading.</summary>
    private YamlRefusedException Refuse(DiagnosticCode code, Mark at, string message, string? hint = null)
    {
        var (line, column) = Origin.Map((int)at.Line - 1, (int)at.Column - 1);
        _diagnostics.Error(code, new SourceSpan(_path, line, column), message, hint);
        return new YamlRefusedException();
    }

    /// <summary>Stops reading a file after a refusal that has been reported.</summary>
    private sealed class YamlRefusedException : Exception;
}
