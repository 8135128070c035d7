namespace Trackside.Diagnostics;

/// <summary>One problem found in the content. Data only: writers decide how it looks.</summary>
public sealed record Diagnostic(
    DiagnosticCode Code,
    Severity Severity,
    SourceSpan Span,
    string Message,
    string? Hint = null);
