namespace Trackside.Build;

/// <summary>What a session last published: each page's input fingerprint, and the other files copied.</summary>
public sealed record PublishedSite(IReadOnlyDictionary<string, string> Pages, IReadOnlySet<string> Files);
