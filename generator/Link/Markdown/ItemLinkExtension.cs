using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Trackside.Link.Markdown;

/// <summary>
/// Markdig extension that recognises item links while parsing and attaches the parsed
/// <see cref="ItemLink"/> to each link, so checking and rendering read it without parsing URLs again.
/// </summary>
public sealed class ItemLinkExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= Attach;
        pipeline.DocumentProcessed += Attach;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        // Rendering rewrites the URL per page; see Render/MarkdownHtml.
    }

    public static ItemLink? Of(LinkInline link) => link.GetData(typeof(ItemLink)) as ItemLink;

    private static void Attach(MarkdownDocument document) =>
        MarkdownWalk.Leaves(document, 0, static (_, block) =>
        {
            if (block.Inline is null) return;
            MarkdownWalk.Inlines(block.Inline, 0, static (_, inline) =>
            {
                if (inline is LinkInline { Url: { } url } link && ItemLink.TryParse(url) is { } target)
                    link.SetData(typeof(ItemLink), target);
            });
        });
}
