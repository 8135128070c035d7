namespace Trackside.Build;

/// <summary>
/// What a session last published: each page's input fingerprint, and a hash of each other file
/// (static files, assets, generated extras), so a rebuild rewrites only files whose bytes changed
/// without reading the output back.
/// </summary>
public sealed record PublishedSite(IReadOnlyDictionary<string, string> Pages, IReadOnlyDictionary<string, string> Files);
