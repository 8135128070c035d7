using System.Runtime.InteropServices;

namespace Trackside.Diagnostics;

/// <summary>
/// Writes diagnostics as compilers do: a first line that problem matchers parse
/// (<c>path:line:col: error CODE: message</c>), the source line with a caret, then the hint.
/// </summary>
/// <remarks>
/// One slip often causes many errors (a renamed region that fifty exercises name). Each diagnostic keeps
/// its first line, but only the first few of a cause (same code and message) are quoted in full, and the
/// summary names the causes that repeat, so the one fix needed is not buried in a wall of carets.
/// </remarks>
public sealed class DiagnosticTextWriter(TextWriter output, SourceFiles sources)
{
    // A quoted line longer than this is cut around the caret, so a minified line cannot flood a terminal.
    private const int MaxQuotedWidth = 120;
    private const int QuotedPerCause = 3;
    private const int CausesInSummary = 5;

    private readonly Dictionary<(string Code, string Message), int> _writtenPerCause = [];

    public void Write(Diagnostic diagnostic)
    {
        var span = diagnostic.Span;
        output.WriteLine($"{span.Path}:{span.Line}:{span.Column}: {SeverityWord(diagnostic)} {diagnostic.Code.Id}: {OneLine(diagnostic.Message)}");

        ref var written = ref CollectionsMarshal.GetValueRefOrAddDefault(_writtenPerCause, Cause(diagnostic), out _);
        if (++written > QuotedPerCause) return;
        WriteExcerpt(span);
        if (diagnostic.Hint is not null) output.WriteLine($"  hint: {OneLine(diagnostic.Hint)}");
    }

    public void WriteAll(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics) Write(diagnostic);
    }

    /// <summary>The causes that repeat, most frequent first, then the closing count (always the last line).</summary>
    public void WriteSummary(IReadOnlyCollection<Diagnostic> diagnostics)
    {
        var repeated = diagnostics
            .GroupBy(Cause)
            .Where(cause => cause.Count() > QuotedPerCause)
            .OrderByDescending(cause => cause.Count())
            .Take(CausesInSummary);
        foreach (var cause in repeated)
        {
            var first = cause.First();
            var hint = first.Hint is null ? "" : $" ({OneLine(first.Hint)})";
            output.WriteLine($"{Plural(cause.Count(), SeverityWord(first))} with one cause: {first.Code.Id}: {OneLine(first.Message)}{hint}");
        }

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

    private static (string Code, string Message) Cause(Diagnostic diagnostic) => (diagnostic.Code.Id, diagnostic.Message);

    public static string SeverityWord(Diagnostic diagnostic) => diagnostic.Severity == Severity.Error ? "error" : "warning";

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
