using YamlDotNet.Core;

namespace Trackside.Load;

/// <summary>Plain-words advice for the YAML syntax errors coaches make most.</summary>
internal static class SyntaxHints
{
    /// <summary>
    /// YamlDotNet reports a tab where the indentation breaks, often a line above the tab itself;
    /// the coach needs the tab's own position.
    /// </summary>
    public static (int Line, int Column)? TabPosition(string text, YamlException error)
    {
        if (!error.Message.Contains("tab", StringComparison.OrdinalIgnoreCase)) return null;
        var from = (int)Math.Min(error.Start.Index, text.Length);
        var lineStart = text.LastIndexOf('\n', Math.Max(0, from - 1)) + 1;
        var tab = text.IndexOf('\t', lineStart);
        if (tab < 0) return null;
        var line = text.AsSpan(0, tab).Count('\n') + 1;
        return (line, tab - (text.LastIndexOf('\n', Math.Max(0, tab - 1)) + 1) + 1);
    }

    public static string? For(string line, string message)
    {
        if (line.Contains('\t') || message.Contains("tab", StringComparison.OrdinalIgnoreCase))
            return "indent with spaces, not tabs";
        var trimmed = line.Trim();
        if (trimmed.Length > 0 && !trimmed.StartsWith('-') && !trimmed.StartsWith('#') && !trimmed.Contains(':'))
        {
            var words = trimmed.Split(' ', 2);
            return words.Length == 2 && words[0].Any(char.IsLetter)
                ? $"a field needs a colon after its name: `{words[0]}: {words[1]}`"
                : "each field needs a colon and a space after its name, like `title: Calf raise`";
        }
        if (message.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase))
            return "a value containing ': ' must be put in quotes, like `summary: \"Rule: stay tall\"`";
        if (message.Contains("did not find expected", StringComparison.OrdinalIgnoreCase))
            return "check that the indentation lines up with the lines above, and that quotes and brackets are closed";
        return null;
    }
}
