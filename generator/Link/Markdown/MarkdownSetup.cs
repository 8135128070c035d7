using Markdig;

namespace Trackside.Link.Markdown;

/// <summary>The one Markdig pipeline of a build: built once, shared by every parse and render.</summary>
public static class MarkdownSetup
{
    /// <summary>
    /// Raw HTML is off: coaches' Markdown is shown as text, never run. Headings get ids so
    /// <c>explanation:ID#heading</c> links have somewhere to land; <see cref="HeadingExtension"/>
    /// runs after the id extension, since it adjusts the ids that one assigns.
    /// </summary>
    public static MarkdownPipeline CreatePipeline() =>
        new MarkdownPipelineBuilder()
            .DisableHtml()
            .UseEmphasisExtras()
            .UsePipeTables()
            .UseListExtras()
            .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
            .UsePreciseSourceLocation()
            .Use<HeadingExtension>()
            .Use<ItemLinkExtension>()
            .Build();
}
