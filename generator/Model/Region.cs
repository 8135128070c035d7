namespace Trackside.Model;

public sealed record Region : Item
{
    /// <summary>Neighbours as written in this file; the site graph makes the links two-way.</summary>
    public IReadOnlyList<ItemRef> Connects { get; init; } = [];
    public MarkdownSource? Body { get; init; }

    public override IEnumerable<ItemRef> References => Connects;

    public override IEnumerable<MarkdownSource> MarkdownTexts => Body is null ? [] : [Body];
}
