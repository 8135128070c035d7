namespace Trackside.Render;

/// <summary>Scriban positions are 0-based; ours are 1-based, as editors show them.</summary>
internal static class TemplateSpans
{
    public static Diagnostics.SourceSpan From(Scriban.Parsing.SourceSpan span) =>
        new(span.FileName ?? "templates", span.Start.Line + 1, span.Start.Column + 1, Math.Max(1, span.End.Offset - span.Start.Offset + 1));
}
