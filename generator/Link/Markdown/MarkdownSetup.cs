using Markdig;

namespace Trackside.Link.Markdown;

/// <summary>The Markdig pipeline of a build: built once, shared by every parse and render.</summary>
public static class MarkdownSetup
{
    /// <summary>
    /// Raw HTML is off: coaches' Markdown is shown as text, never run. Headings get ids so
    /// <c>explanation:ID#heading</c> links have somewhere to land; <see cref="HeadingExtension"/>
    /// runs after the id extension, since it adjusts the ids that one assigns. Positions are exact
    /// and item links parsed, for the link check to read.
    /// </summary>
    public static MarkdownPipeline CreatePipeline() => Shown().UsePreciseSourceLocation().Use<ItemLinkExtension>().Build();

    /// <summary>
    /// The same Markdown without what only the link check reads (exact positions, parsed item links), for a
    /// one-shot build to parse a checked text again where it is shown: its documents render the same, and parse faster.
    /// </summary>
    public static MarkdownPipeline CreateShowingPipeline() => Shown().Build();

    private static MarkdownPipelineBuilder Shown() =>
        new MarkdownPipelineBuilder()
            .DisableHtml()
            .UseEmphasisExtras()
            .UsePipeTables()
            .UseListExtras()
            .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
            .Use<HeadingExtension>();
}
