using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Trackside.Link.Markdown;

namespace Trackside.Render.Extras;

/// <summary>The words of parsed Markdown without its markup, for metadata that holds plain text (JSON-LD steps).</summary>
public static class PlainText
{
    /// <summary>The words of every block, in order, one space between words (blocks never run together).</summary>
    public static string Of(MarkdownDocument document)
    {
        var words = new Words();
        MarkdownWalk.Leaves(document, words, static (words, block) =>
        {
            words.Break();
            if (block.Inline is not null) MarkdownWalk.Inlines(block.Inline, words, static (words, inline) => words.Add(inline));
            else if (block is CodeBlock code) words.Add(code.Lines.ToString());
        });
        return words.Text.ToString();
    }

    // Collapses runs of white space into one space, and drops it at the start and the end.
    private sealed class Words
    {
        private bool _space;

        public StringBuilder Text { get; } = new();

        public void Break() => _space = true;

        public void Add(Inline inline)
        {
            switch (inline)
            {
                case LiteralInline literal: Add(literal.Content.AsSpan()); break;
                case CodeInline code: Add(code.Content); break;
                case HtmlEntityInline entity: Add(entity.Transcoded.AsSpan()); break;
                case LineBreakInline: Break(); break;
            }
        }

        public void Add(ReadOnlySpan<char> piece)
        {
            foreach (var c in piece)
            {
                if (char.IsWhiteSpace(c)) { _space = true; continue; }
                if (_space && Text.Length > 0) Text.Append(' ');
                _space = false;
                Text.Append(c);
            }
        }
    }
}
