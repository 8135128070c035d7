namespace Trackside.Diagnostics;

/// <summary>
/// Collects every problem of one build. Stages report and carry on, so one run shows them all.
/// Thread-safe: files are loaded in parallel.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = new();
    private readonly HashSet<Diagnostic> _seen = new();
    private readonly Lock _lock = new();

    public void Error(DiagnosticCode code, SourceSpan span, string message, string? hint = null) =>
        Add(new Diagnostic(code, Severity.Error, span, message, hint));

    public void Warning(DiagnosticCode code, SourceSpan span, string message, string? hint = null) =>
        Add(new Diagnostic(code, Severity.Warning, span, message, hint));

    /// <summary>Adds a diagnostic once: the same problem found on many pages (a template bug) is one report.</summary>
    public void Add(Diagnostic diagnostic)
    {
        lock (_lock)
        {
            if (_seen.Add(diagnostic)) _items.Add(diagnostic);
        }
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics) Add(diagnostic);
    }

    /// <summary>Everything reported so far, in the order it came.</summary>
    public IReadOnlyList<Diagnostic> All()
    {
        lock (_lock) return _items.ToList();
    }

    public int ErrorCount
    {
        get { lock (_lock) return _items.Count(d => d.Severity == Severity.Error); }
    }

    public bool HasErrors => ErrorCount > 0;

    public bool HasErrorsFor(string path)
    {
        lock (_lock) return _items.Any(d => d.Severity == Severity.Error && d.Span.Path == path);
    }

    /// <summary>Sorted by path, line, column and code, so output is stable whatever the thread order.</summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (_lock)
        {
            return _items
                .OrderBy(d => d.Span.Path, StringComparer.Ordinal)
                .ThenBy(d => d.Span.Line)
                .ThenBy(d => d.Span.Column)
                .ThenBy(d => d.Code.Id, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal)
                .ToList();
        }
    }
}
