namespace Trackside.Load;

/// <summary>Everything the load stage read: content files (site.yaml first) and asset paths.</summary>
public sealed record LoadedContent(ContentFile? Site, IReadOnlyList<ContentFile> Files, IReadOnlyList<string> Assets);
