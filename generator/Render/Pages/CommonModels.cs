namespace Trackside.Render.Pages;

// The records templates receive. Every string is already HTML-escaped, or is rendered Markdown
// (fields named *_html); templates print them as they are.

/// <summary>A link to another page, with the text lists show beside it.</summary>
public sealed record LinkModel(string Href, string Title, string Summary = "", string Kind = "");

/// <summary>One labelled line of a dose card.</summary>
public sealed record DoseLineModel(string Label, string Value);

/// <summary>A citation: the claim in our words, linked to its anchor on the source page.</summary>
public sealed record CitationModel(string Href, string ClaimText, string SourceTitle);

/// <summary>A titled group of links on an index page; on the home page, <paramref name="More"/> is the text of its link to <paramref name="Href"/>.</summary>
public sealed record GroupModel(string Title, string Anchor, IReadOnlyList<LinkModel> Links, string Href = "", string More = "");

public sealed record ImageModel(string Src, string Alt, string Caption, string Credit, string License);

/// <summary>What every page's layout needs.</summary>
public sealed record LayoutModel(
    string SiteTitle,
    string PageTitle,
    string Description,
    string Language,
    string Root,
    string Canonical,
    string Stylesheet,
    IReadOnlyList<LinkModel> Nav,
    string DisclaimerHtml,
    string Updated,
    Extras.PageMeta Meta,       // Open Graph, robots, feed, JSON-LD: printed by _head.sbn
    string ChainMapHtml);       // the kinetic-chain map (inline SVG) on home and region pages, else ""
