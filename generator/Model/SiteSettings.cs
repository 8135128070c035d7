namespace Trackside.Model;

public sealed record SiteSettings
{
    public string Title { get; init; } = "Training notes";
    public string? Description { get; init; }
    public string? BaseUrl { get; init; }
    public string Language { get; init; } = "en";
    public IReadOnlyList<NavLink> Nav { get; init; } = [];
    public MarkdownSource? Disclaimer { get; init; }

    /// <summary>A hash of content/site.yaml: every page's layout shows it.</summary>
    public string Fingerprint { get; init; } = "";
}

/// <summary>
/// A top navigation entry: a section name, an item link or a web address, checked like any other
/// link. Without a title, the section's or item's own title is shown.
/// </summary>
public sealed record NavLink(string? Title, MarkdownSource Link);
