namespace Trackside.Model;

public sealed record Explanation : Item
{
    public required MarkdownSource Body { get; init; }

    public override IEnumerable<MarkdownSource> MarkdownTexts => [Body];
}
