using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Trackside.Render.Extras;

/// <summary>The words of parsed Markdown without its markup, for metadata that holds plain text (JSON-LD steps).</summary>
public static class PlainText
{
    /// <summary>The words of every block, in order, one space between words (blocks never run together).</summary>
    public static string Of(MarkdownDocument document)
    {
        var words = new Words(new StringBuilder());
        foreach (var block in document.Descendants<LeafBlock>())
        {
            words.Break();
            if (block.Inline is null)
            {
                if (block is CodeBlock code) words.Add(code.Lines.ToString());
                continue;
            }
            foreach (var inline in block.Inline.Descendants<Inline>())
            {
                switch (inline)
                {
                    case LiteralInline literal: words.Add(literal.Content.AsSpan()); break;
                    case CodeInline code: words.Add(code.Content); break;
                    case HtmlEntityInline entity: words.Add(entity.Transcoded.AsSpan()); break;
                    case LineBreakInline: words.Break(); break;
                }
            }
        }
        return words.Text.ToString();
    }

    // Collapses runs of white space into one space, and drops it at the start and the end.
    private struct Words(StringBuilder text)
    {
        private bool _space;

        public readonly StringBuilder Text => text;

        public void Break() => _space = true;

        public void Add(ReadOnlySpan<char> piece)
        {
            foreach (var c in piece)
            {
                if (char.IsWhiteSpace(c)) { _space = true; continue; }
                if (_space && text.Length > 0) text.Append(' ');
                _space = false;
                text.Append(c);
            }
        }
    }
}
