using Trackside.Model;
using Trackside.Diagnostics;

namespace Trackside.Load;

/// <summary>Splits an explanation into its YAML front matter and Markdown body.</summary>
public static class FrontMatter
{
    /// <summary>
    /// The front matter text (starting on file line 2) and the body, or null after reporting a
    /// missing or unclosed block.
    /// </summary>
    public static (string Yaml, MarkdownSource Body)? Split(string path, string text, DiagnosticBag diagnostics)
    {
        var lines = text.Split('\n');
        if (lines[0].TrimEnd('\r', ' ') != "---")
        {
            diagnostics.Error(Codes.FrontMatter, new SourceSpan(path, 1, 1, lines[0].TrimEnd('\r').Length),
                "an explanation must start with front matter: a line '---', the fields, then another '---'",
                "add `---`, `title: ...`, `summary: ...` and `---` at the top of the file");
            return null;
        }
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd('\r', ' ') != "---") continue;
            var yaml = string.Join('\n', lines[1..i]);
            var body = string.Join('\n', lines[(i + 1)..]);
            // Line i (0-based) is the closing '---', so the body starts on 1-based line i + 2.
            return (yaml, new MarkdownSource(path, body, new TextOrigin(i + 2, 1)));
        }
        diagnostics.Error(Codes.FrontMatter, new SourceSpan(path, 1, 1, 3),
            "the front matter is not closed: no second '---' line was found",
            "add a line with `---` after the last front matter field");
        return null;
    }
}
