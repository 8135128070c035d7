using Trackside.Model;

namespace Trackside.Link.Markdown;

/// <summary>
/// A parsed item link: <c>exercise:ID</c>, <c>progression:ID</c>, <c>explanation:ID</c>, <c>region:ID</c>
/// or <c>source:SOURCE/CLAIM</c>, each with an optional <c>#anchor</c>.
/// </summary>
public sealed record ItemLink(ContentKind Kind, string Id, string? ClaimId, string? Anchor)
{
    public static IReadOnlyList<string> Schemes { get; } = ContentKinds.Items.Select(k => k.Noun()).ToList();

    /// <summary>The scheme of a URL ("exercise", "https"), or null for a relative path or an in-page anchor.</summary>
    public static string? SchemeOf(string url)
    {
        var colon = url.IndexOf(':');
        if (colon <= 0) return null;
        var scheme = url[..colon];
        return char.IsAsciiLetter(scheme[0]) && scheme.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.')
            ? scheme.ToLowerInvariant()
            : null;
    }

    public static ItemLink? TryParse(string url)
    {
        var scheme = SchemeOf(url);
        if (scheme is null || ContentKinds.FromNoun(scheme) is not { } kind) return null;

        var rest = url[(scheme.Length + 1)..];
        string? anchor = null;
        var hash = rest.IndexOf('#');
        if (hash >= 0)
        {
            anchor = rest[(hash + 1)..];
            rest = rest[..hash];
        }
        string? claim = null;
        var slash = rest.IndexOf('/');
        if (kind == ContentKind.Source && slash >= 0)
        {
            claim = rest[(slash + 1)..];
            rest = rest[..slash];
        }
        return new ItemLink(kind, rest, claim, anchor);
    }
}
