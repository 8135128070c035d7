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

    /// <summary>A hash of the item's file, for telling which pages an edit changes.</summary>
    public string Fingerprint { get; init; } = "";

    /// <summary>Every id this item names in YAML (not in Markdown): the links the site graph checks.</summary>
    public virtual IEnumerable<ItemRef> References => Regions;

    /// <summary>Every Markdown text of this item, each rendered on this item's page.</summary>
    public virtual IEnumerable<MarkdownSource> MarkdownTexts => [];
}
