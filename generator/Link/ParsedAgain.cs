using Markdig.Syntax;
using Trackside.Model;

namespace Trackside.Link;

/// <summary>
/// The parsed Markdown of a one-shot build after linking, which keeps no documents: each text is parsed again
/// where its page needs it. A page can ask for the same text twice (an exercise's steps
/// show as HTML and in its JSON-LD, on the same thread), so each thread remembers the last few it parsed.
/// </summary>
internal sealed class ParsedAgain(Func<MarkdownSource, MarkdownDocument> parse)
{
    private const int Remembered = 16;

    private readonly ThreadLocal<Recent> _recent = new(() => new Recent());

    public MarkdownDocument Document(MarkdownSource text)
    {
        var recent = _recent.Value!;
        for (var i = 0; i < Remembered; i++)
            if (ReferenceEquals(recent.Texts[i], text)) return recent.Documents[i]!;
        var document = parse(text);
        recent.Texts[recent.Next] = text;
        recent.Documents[recent.Next] = document;
        recent.Next = (recent.Next + 1) % Remembered;
        return document;
    }

    private sealed class Recent
    {
        public readonly MarkdownSource?[] Texts = new MarkdownSource?[Remembered];
        public readonly MarkdownDocument?[] Documents = new MarkdownDocument?[Remembered];
        public int Next;
    }
}
