using Trackside.Model;

namespace Trackside.Load;

/// <summary>
/// One file as read from disk: its YAML fields (null when the file could not be read or parsed,
/// which has been reported) and, for explanations, the Markdown body after the front matter.
/// </summary>
public sealed record ContentFile(string Path, ContentKind Kind, string Id, DocMap? Fields, MarkdownSource? Body)
{
    /// <summary>A hash of the file's text: equal fingerprints mean the same content (for incremental rebuilds).</summary>
    public string Fingerprint { get; init; } = "";

    /// <summary>A file that exists but failed to load: links to it are not reported a second time.</summary>
    public bool IsBroken => Fields is null;
}
