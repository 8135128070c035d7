namespace Trackside.Bench.Corpus;

/// <summary>
/// Markdown links in our schemes (<c>exercise:ID</c>, <c>source:SRC/CLAIM</c>, ...) to items of the plan,
/// sometimes with an #anchor that the target page is sure to have.
/// </summary>
internal sealed class ItemLinks(CorpusPlan plan, Prose prose)
{
    // Sections every generated exercise has: each one has a dose, steps and stop signs.
    private static readonly string[] ExerciseSections = ["dose", "steps", "stop-if"];

    public string Any(string? except = null) => prose.Between(0, 4) switch
    {
        0 => Exercise(except),
        1 => Explanation(except),
        2 => Region(),
        3 => Claim(),
        _ => Progression(),
    };

    public string Exercise(string? except = null)
    {
        var id = PickOther(plan.Exercises, except);
        return Markdown("exercise", id, prose.Chance(0.2) ? prose.Pick(ExerciseSections) : null);
    }

    public string Explanation(string? except = null)
    {
        if (plan.Explanations is [var only] && only.Id == except) return Region();
        var target = prose.Pick(plan.Explanations);
        while (target.Id == except) target = prose.Pick(plan.Explanations);
        return Markdown("explanation", target.Id, prose.Chance(0.3) ? Slug(prose.Pick(target.Headings)) : null);
    }

    public string Region() => Markdown("region", prose.Pick(plan.Regions), prose.Chance(0.1) ? "connections" : null);

    public string Claim() => Markdown("source", prose.Pick(plan.ClaimRefs), null);

    public string Progression()
    {
        var (id, stages) = prose.Pick(plan.Progressions);
        var anchor = prose.Between(0, 5) switch { 0 => "stages", 1 => $"stage-{prose.Between(1, stages)}", _ => null };
        return Markdown("progression", id, anchor);
    }

    /// <summary>The anchor a heading gets: lowercase words joined by '-' (headings use plain words only).</summary>
    public static string Slug(string heading) => heading.ToLowerInvariant().Replace(' ', '-');

    private string Markdown(string scheme, string id, string? anchor) =>
        $"[{string.Join(' ', prose.Words(2, 4))}]({scheme}:{id}{(anchor is null ? "" : "#" + anchor)})";

    private string PickOther(IReadOnlyList<string> ids, string? except)
    {
        var id = prose.Pick(ids);
        while (id == except && ids.Count > 1) id = prose.Pick(ids);
        return id;
    }
}
