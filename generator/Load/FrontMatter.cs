using Trackside.Model;
using Trackside.Diagnostics;

namespace Trackside.Load;

/// <summary>Splits an explanation into its YAML front matter and Markdown body.</summary>
public static class FrontMatter
{
    /// <summary>
    /// Where the front matter text (starting on file line 2) is, and the body, or null after reporting a
    /// missing or unclosed block.
    /// </summary>
    public static (Range Yaml, MarkdownSource Body)? Split(string path, ReadOnlySpan<char> text, DiagnosticBag diagnostics)
    {
        // Lines are found by their starts rather than split out: only the body is copied out of the file's text.
        var first = LineAt(text, 0);
        if (!IsFence(first))
        {
            diagnostics.Error(Codes.FrontMatter, new SourceSpan(path, 1, 1, first.TrimEnd('\r').Length),
                "an explanation must start with front matter: a line '---', the fields, then another '---'",
                "add `---`, `title: ...`, `summary: ...` and `---` at the top of the file");
            return null;
        }
        var yamlStart = NextLine(text, 0);
        var line = 2; // the 1-based line that starts at start
        for (var start = yamlStart; start >= 0; start = NextLine(text, start), line++)
        {
            if (!IsFence(LineAt(text, start))) continue;
            // The line before the fence ends with the '\n' at start - 1, which belongs to neither part.
            var yaml = yamlStart..Math.Max(yamlStart, start - 1);
            var bodyStart = NextLine(text, start);
            return (yaml, new MarkdownSource(path, bodyStart < 0 ? "" : text[bodyStart..].ToString(), new TextOrigin(line + 1, 1)));
        }
        diagnostics.Error(Codes.FrontMatter, new SourceSpan(path, 1, 1, 3),
            "the front matter is not closed: no second '---' line was found",
            "add a line with `---` after the last front matter field");
        return null;
    }

    private static bool IsFence(ReadOnlySpan<char> line) => line.TrimEnd("\r ") is "---";

    private static ReadOnlySpan<char> LineAt(ReadOnlySpan<char> text, int start)
    {
        var end = text[start..].IndexOf('\n');
        return end < 0 ? text[start..] : text.Slice(start, end);
    }

    // The start of the line after the one starting at start; -1 on the last line.
    private static int NextLine(ReadOnlySpan<char> text, int start)
    {
        var end = text[start..].IndexOf('\n');
        return end < 0 ? -1 : start + end + 1;
    }
}
