namespace Trackside.Model;

public sealed record Progression : Item
{
    public IReadOnlyList<ItemRef> Prerequisites { get; init; } = [];
    public IReadOnlyList<Stage> Stages { get; init; } = [];

    public override IEnumerable<ItemRef> References =>
        Regions.Concat(Prerequisites).Concat(Stages.SelectMany(s => s.Exercises.Select(e => e.Exercise)));

    public override IEnumerable<MarkdownSource> MarkdownTexts => Stages.Select(s => s.Notes).OfType<MarkdownSource>();
}

/// <summary>One stage of a progression: what to do, and when to move on.</summary>
public sealed record Stage(
    string Title,
    string? Focus,
    string? Duration,
    MarkdownSource? Notes,
    IReadOnlyList<StageExercise> Exercises,
    IReadOnlyList<string> AdvanceWhen,
    IReadOnlyList<string> StopIf);

/// <summary>An exercise in a stage, with the stage's dose (which replaces fields of the exercise's own).</summary>
public sealed record StageExercise(ItemRef Exercise, Dose? DoseOverride, string? Notes);
