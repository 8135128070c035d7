using Trackside.Diagnostics;

namespace Trackside.Model;

/// <summary>A cited document: its bibliographic record and the claims we take from it.</summary>
public sealed record Source : Item
{
    public string? Author { get; init; }
    public string? Publisher { get; init; }
    public string? Url { get; init; }
    public DateOnly? Published { get; init; }
    public DateOnly? Accessed { get; init; }
    public IReadOnlyList<Claim> Claims { get; init; } = [];
}

/// <summary>One fact or figure of a source, in our words; its id is the anchor on the source page.</summary>
public sealed record Claim(string Id, string Text, string? Section, string? Kind, SourceSpan Span);
