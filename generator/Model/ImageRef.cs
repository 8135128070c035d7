using Trackside.Diagnostics;

namespace Trackside.Model;

/// <summary>A picture from content/assets/, with the text alternative screen readers need.</summary>
public sealed record ImageRef(string Src, SourceSpan SrcSpan, string Alt, string? Caption, string? Credit, string? License);
