namespace Trackside.Load;

/// <summary>
/// Bounds that keep a build fast and safe whatever is committed. Real content stays far below them.
/// </summary>
public sealed record Limits
{
    /// <summary>Largest content file read, in bytes. A long explanation is about 10 KB.</summary>
    public long MaxFileBytes { get; init; } = 1024 * 1024;

    /// <summary>Deepest nesting of YAML blocks and lists. Content needs about 5 levels.</summary>
    public int MaxYamlDepth { get; init; } = 32;

    /// <summary>Most content files in one site; a federation's library is a few thousand.</summary>
    public int MaxFiles { get; init; } = 200_000;

    public static Limits Default { get; } = new();
}
