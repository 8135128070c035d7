using System.Runtime.CompilerServices;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Trackside.Link.Markdown;

/// <summary>
/// Fits Markdown headings into the page around them: the page title is the only h1, so a body that
/// uses <c># Heading</c> is shifted one level down; and a heading id that a template section already
/// uses (<c>## Sources</c> beside the sources section) gets a suffix, so ids stay unique on the page.
/// </summary>
public sealed class HeadingExtension : IMarkdownExtension
{
    /// <summary>Ids the built-in templates give to page sections; content anchors may not take them.</summary>
    public static IReadOnlySet<string> ReservedIds { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "main", "dose", "steps", "cues", "mistakes", "stop-if", "why", "used-by", "prerequisites", "stages",
        "sources", "connections", "items", "claims", "linked-from",
    };

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= Adjust;
        pipeline.DocumentProcessed += Adjust;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void Adjust(MarkdownDocument document)
    {
        var shift = new StrongBox<int>(0);
        MarkdownWalk.Leaves(document, shift, static (shift, block) =>
        {
            if (block is HeadingBlock { Level: 1 }) shift.Value = 1;
        });
        MarkdownWalk.Leaves(document, shift.Value, static (shift, block) =>
        {
            if (block is not HeadingBlock heading) return;
            heading.Level = Math.Min(6, heading.Level + shift);
            var attributes = heading.GetAttributes();
            if (attributes.Id is { } id && IsReserved(id)) attributes.Id = id + "-1";
        });
    }

    private static bool IsReserved(string id) =>
        ReservedIds.Contains(id) || id.EndsWith("-heading", StringComparison.Ordinal) ||
        (id.StartsWith("stage-", StringComparison.Ordinal) && id[6..].All(char.IsAsciiDigit));
}
