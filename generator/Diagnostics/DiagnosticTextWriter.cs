namespace Trackside.Diagnostics;

/// <summary>
/// Writes diagnostics as compilers do: a first line that problem matchers parse
/// (<c>path:line:col: error CODE: message</c>), the source line with a caret, then the hint.
/// </summary>
public sealed class DiagnosticTextWriter(TextWriter output, SourceFiles sources)
{
    // A quoted line longer than this is cut around the caret, so a minified line cannot flood a terminal.
    private const int MaxQuotedWidth = 120;

    public void Write(Diagnostic diagnostic)
    {
        var span = diagnostic.Span;
        var severity = diagnostic.Severity == Severity.Error ? "error" : "warning";
        output.WriteLine($"{span.Path}:{span.Line}:{span.Column}: {severity} {diagnostic.Code.Id}: {OneLine(diagnostic.Message)}");
        WriteExcerpt(span);
        if (diagnostic.Hint is not null) output.WriteLine($"  hint: {OneLine(diagnostic.Hint)}");
    }

    public void WriteAll(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics) Write(diagnostic);
    }

    public void WriteSummary(IReadOnlyCollection<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count - errors;
        output.WriteLine($"{Plural(errors, "error")}, {Plural(warnings, "warning")}");
    }

    private void WriteExcerpt(SourceSpan span)
    {
        if (span.Length == 0) return;
        var line = sources.Line(span.Path, span.Line);
        if (line is null) return;

        var column = Math.Clamp(span.Column - 1, 0, line.Length);
        var start = Math.Max(0, Math.Min(column - MaxQuotedWidth / 2, line.Length - MaxQuotedWidth));
        var shown = line.Substring(start, Math.Min(MaxQuotedWidth, line.Length - start)).Replace('\t', ' ');
        var width = Math.Clamp(span.Length, 1, Math.Max(1, shown.Length - (column - start)));

        var number = span.Line.ToString();
        var gutter = new string(' ', number.Length);
        output.WriteLine($"{gutter} |");
        output.WriteLine($"{number} | {shown}");
        output.WriteLine($"{gutter} | {new string(' ', column - start)}{new string('^', width)}");
    }

    // Messages quote values, and a value can hold a line break (a `|` block where a word was
    // expected): shown as \n, so each diagnostic stays one line for editors and problem matchers.
    private static string OneLine(string text) => text.Replace("\r\n", "\\n").Replace('\r', ' ').Replace("\n", "\\n");

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
