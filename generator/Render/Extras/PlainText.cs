using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Trackside.Render.Extras;

/// <summary>The words of parsed Markdown without its markup, for metadata that holds plain text (JSON-LD steps).</summary>
public static class PlainText
{
    public static string Of(MarkdownDocument document)
    {
        var blocks = document.Descendants<LeafBlock>().Select(Of).Where(t => t.Length > 0);
        return string.Join(" ", blocks);
    }

    private static string Of(LeafBlock block)
    {
        if (block.Inline is null) return block is CodeBlock code ? Collapse(code.Lines.ToString()) : "";
        var text = new System.Text.StringBuilder();
        foreach (var inline in block.Inline.Descendants<Inline>())
        {
            switch (inline)
            {
                case LiteralInline literal: text.Append(literal.Content.AsSpan()); break;
                case CodeInline code: text.Append(code.Content); break;
                case HtmlEntityInline entity: text.Append(entity.Transcoded.AsSpan()); break;
                case LineBreakInline: text.Append(' '); break;
            }
        }
        return Collapse(text.ToString());
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
