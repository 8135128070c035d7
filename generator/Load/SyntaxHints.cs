using YamlDotNet.Core;

namespace Trackside.Load;

/// <summary>Plain-words advice for the YAML syntax errors coaches make most.</summary>
internal static class SyntaxHints
{
    public static string? For(string text, YamlException error, string message)
    {
        var line = LineAt(text, (int)error.Start.Line);
        if (line.Contains('\t'))
            return "indent with spaces, not tabs";
        if (message.Contains("could not find expected ':'", StringComparison.OrdinalIgnoreCase))
            return "each field needs a colon and a space after its name, like `title: Calf raise`";
        if (message.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase))
            return "a value containing ': ' must be put in quotes, like `summary: \"Rule: stay tall\"`";
        if (message.Contains("did not find expected", StringComparison.OrdinalIgnoreCase))
            return "check that the indentation lines up with the lines above, and that quotes and brackets are closed";
        return null;
    }

    private static string LineAt(string text, int oneBasedLine)
    {
        var lines = text.Split('\n');
        return oneBasedLine >= 1 && oneBasedLine <= lines.Length ? lines[oneBasedLine - 1] : "";
    }
}
