namespace Trackside.Model;

public sealed record Exercise : Item
{
    public required string Category { get; init; }
    public required string Level { get; init; }
    public IReadOnlyList<string> Equipment { get; init; } = [];
    public Dose Dose { get; init; } = Dose.Empty;
    public IReadOnlyList<MarkdownSource> Steps { get; init; } = [];
    public IReadOnlyList<string> Cues { get; init; } = [];
    public IReadOnlyList<string> Mistakes { get; init; } = [];
    public IReadOnlyList<string> StopIf { get; init; } = [];
    public ItemRef? Regression { get; init; }
    public ItemRef? Progression { get; init; }
    public MarkdownSource? Explanation { get; init; }
    public IReadOnlyList<ImageRef> Images { get; init; } = [];

    public override IEnumerable<ItemRef> References =>
        Regions.Concat(new[] { Regression, Progression }.OfType<ItemRef>());

    public override IEnumerable<MarkdownSource> MarkdownTexts =>
        Explanation is null ? Steps : Steps.Append(Explanation);
}
