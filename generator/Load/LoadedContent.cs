namespace Trackside.Load;

/// <summary>
/// Everything the load stage read: site.yaml, the other content files (as read, or as the build settled
/// each one right after reading it) and asset paths.
/// </summary>
public sealed record LoadedContent<T>(ContentFile? Site, IReadOnlyList<T> Files, IReadOnlyList<string> Assets);
