namespace Trackside.Model;

/// <summary>All valid items of a site, by kind and id. Items whose files failed to load are left out.</summary>
public sealed record ContentSet(
    SiteSettings Site,
    IReadOnlyDictionary<string, Exercise> Exercises,
    IReadOnlyDictionary<string, Progression> Progressions,
    IReadOnlyDictionary<string, Explanation> Explanations,
    IReadOnlyDictionary<string, Region> Regions,
    IReadOnlyDictionary<string, Source> Sources,
    IReadOnlyList<string> Assets,
    IReadOnlySet<(ContentKind Kind, string Id)> BrokenItems)
{
    public IEnumerable<Item> AllItems =>
        Progressions.Values.Cast<Item>().Concat(Exercises.Values).Concat(Explanations.Values)
            .Concat(Regions.Values).Concat(Sources.Values);

    public Item? Find(ContentKind kind, string id) => kind switch
    {
        ContentKind.Exercise => Exercises.GetValueOrDefault(id),
        ContentKind.Progression => Progressions.GetValueOrDefault(id),
        ContentKind.Explanation => Explanations.GetValueOrDefault(id),
        ContentKind.Region => Regions.GetValueOrDefault(id),
        ContentKind.Source => Sources.GetValueOrDefault(id),
        _ => null,
    };

    public IEnumerable<string> IdsOf(ContentKind kind) => kind switch
    {
        ContentKind.Exercise => Exercises.Keys,
        ContentKind.Progression => Progressions.Keys,
        ContentKind.Explanation => Explanations.Keys,
        ContentKind.Region => Regions.Keys,
        ContentKind.Source => Sources.Keys,
        _ => [],
    };
}
