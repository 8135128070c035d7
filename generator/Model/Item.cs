namespace Trackside.Model;

/// <summary>What every page-producing item shares. Ids are file names, and so URLs.</summary>
public abstract record Item
{
    public ContentKind Kind { get; init; }
    public string Id { get; init; } = "";
    /// <summary>The file it came from, relative to the source folder.</summary>
    public string Path { get; init; } = "";
    public string Title { get; init; } = "";
    public string? Summary { get; init; }
    public IReadOnlyList<ItemRef> Regions { get; init; } = [];
    public IReadOnlyList<string> Tags { get; init; } = [];
    public IReadOnlyList<ClaimRef> Cites { get; init; } = [];
    public DateOnly? Updated { get; init; }
}
