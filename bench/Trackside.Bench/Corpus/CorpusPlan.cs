namespace Trackside.Bench.Corpus;

/// <summary>An explanation's id and the headings of its body, so other items can link to them by anchor.</summary>
internal sealed record ExplanationPlan(string Id, IReadOnlyList<string> Headings);

/// <summary>A source's id and the ids of its claims.</summary>
internal sealed record SourcePlan(string Id, IReadOnlyList<string> Claims);

/// <summary>
/// Every id of the corpus, decided before any file is written, so each file can link to any item
/// (and to explanation headings and progression stages) knowing the target exists.
/// </summary>
internal sealed class CorpusPlan
{
    public required IReadOnlyList<string> Exercises { get; init; }
    public required IReadOnlyDictionary<string, string> Categories { get; init; }
    public required IReadOnlyList<string> Screens { get; init; }
    /// <summary>Easier and harder neighbours along regression/progression chains.</summary>
    public required IReadOnlyDictionary<string, (string? Easier, string? Harder)> Chains { get; init; }
    public required IReadOnlyList<(string Id, int Stages)> Progressions { get; init; }
    public required IReadOnlyList<ExplanationPlan> Explanations { get; init; }
    public required IReadOnlyList<SourcePlan> Sources { get; init; }
    public required IReadOnlyList<string> ClaimRefs { get; init; }
    public required IReadOnlyList<string> Assets { get; init; }
    public IReadOnlyList<string> Regions { get; } = Vocabulary.Regions.Select(r => r.Id).ToList();

    public static CorpusPlan Make(Prose prose, int n)
    {
        var exercises = UniqueIds(n, () => string.Join('-', new[] { prose.Pick(Vocabulary.Modifiers), prose.Pick(Vocabulary.Moves) }
            .Concat(prose.Chance(0.4) ? [prose.Pick(Vocabulary.Qualifiers)] : Array.Empty<string>())));
        var categories = exercises.ToDictionary(e => e, e => e.Contains("knee-to-wall") || prose.Chance(0.1) ? "screen" : prose.Pick(Vocabulary.Categories[1..]));
        var progressions = UniqueIds(Math.Max(1, n / 10), () => $"{prose.Pick(Vocabulary.Goals)}-{prose.Pick(Vocabulary.Regions).Id}")
            .Select(id => (id, prose.Between(3, 4))).ToList();
        var explanations = UniqueIds(Math.Max(1, n / 5), () => $"{prose.Pick(Vocabulary.Topics)}-{prose.Pick(Vocabulary.Domain)}")
            .Select(id => new ExplanationPlan(id, UniqueTexts(3, prose.Heading))).ToList();
        var sources = UniqueIds(3, () => $"{prose.Pick(Vocabulary.Surnames)}-{prose.Between(1995, 2024)}")
            .Select(id => new SourcePlan(id, UniqueIds(prose.Between(18, 22), () => $"{prose.Pick(Vocabulary.Domain)}-{prose.Pick(Vocabulary.Domain)}"))).ToList();

        return new CorpusPlan
        {
            Exercises = exercises,
            Categories = categories,
            Screens = exercises.Where(e => categories[e] == "screen").ToList(),
            Chains = MakeChains(prose, exercises),
            Progressions = progressions,
            Explanations = explanations,
            Sources = sources,
            ClaimRefs = sources.SelectMany(s => s.Claims.Select(c => $"{s.Id}/{c}")).ToList(),
            Assets = ["diagram-1.svg", "diagram-2.svg", "diagram-3.svg"],
        };
    }

    /// <summary>About 60% of the exercises, cut into chains of 2 to 5, each pointing at its neighbours.</summary>
    private static Dictionary<string, (string?, string?)> MakeChains(Prose prose, IReadOnlyList<string> exercises)
    {
        var order = exercises.ToList();
        prose.Shuffle(order);
        order = order.Take(order.Count * 6 / 10).ToList();
        var chains = new Dictionary<string, (string?, string?)>();
        for (var start = 0; start < order.Count;)
        {
            var length = Math.Min(prose.Between(2, 5), order.Count - start);
            for (var i = 0; i < length; i++)
                chains[order[start + i]] = (i > 0 ? order[start + i - 1] : null, i < length - 1 ? order[start + i + 1] : null);
            start += length;
        }
        return chains;
    }

    /// <summary><paramref name="count"/> ids; a repeated one gets "-2", "-3", ... as a coach would name it.</summary>
    private static List<string> UniqueIds(int count, Func<string> make)
    {
        var seen = new Dictionary<string, int>();
        var ids = new List<string>(count);
        var taken = new HashSet<string>();
        while (ids.Count < count)
        {
            var id = make();
            var k = seen[id] = seen.GetValueOrDefault(id) + 1;
            var candidate = k == 1 ? id : $"{id}-{k}";
            if (taken.Add(candidate)) ids.Add(candidate);
        }
        return ids;
    }

    private static List<string> UniqueTexts(int count, Func<string> make)
    {
        var texts = new List<string>();
        while (texts.Count < count)
        {
            var text = make();
            if (!texts.Contains(text, StringComparer.OrdinalIgnoreCase)) texts.Add(text);
        }
        return texts;
    }
}
