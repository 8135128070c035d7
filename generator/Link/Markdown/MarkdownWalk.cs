using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Trackside.Link.Markdown;

/// <summary>
/// Visits parsed Markdown in document order, as Markdig's <c>Descendants</c> does, without the stack and
/// enumerators it allocates per call: every text of the site is walked as it is parsed (its links and headings),
/// when its links are checked, and for its plain text in JSON-LD and search.
/// </summary>
public static class MarkdownWalk
{
    /// <summary>Every leaf block (paragraph, heading, code block) inside <paramref name="container"/>, in document order.</summary>
    public static void Leaves<T>(ContainerBlock container, T state, Action<T, LeafBlock> visit)
    {
        for (var i = 0; i < container.Count; i++)
        {
            if (container[i] is LeafBlock leaf) visit(state, leaf);
            else if (container[i] is ContainerBlock inner) Leaves(inner, state, visit);
        }
    }

    /// <summary>Every inline inside <paramref name="container"/>, each before the inlines it holds, in document order.</summary>
    public static void Inlines<T>(ContainerInline container, T state, Action<T, Inline> visit)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            visit(state, inline);
            if (inline is ContainerInline inner) Inlines(inner, state, visit);
        }
    }
}
