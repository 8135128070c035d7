using Trackside.Load;
using Trackside.Model;
using Trackside.Schema;

namespace Trackside.Validate;

/// <summary>Turns a checked YAML tree into a typed item. Reads only; problems were reported by the validator.</summary>
internal static class ItemBinder
{
    public static Item Bind(ContentFile file, FieldReader f) => Specific(file, f) with
    {
        Kind = file.Kind,
        Id = file.Id,
        Path = file.Path,
        Title = f.Text("title") ?? file.Id,
        Summary = f.Text("summary"),
        Regions = f.Refs("regions", ContentKind.Region),
        Tags = f.TextList("tags"),
        Cites = f.ClaimRefs("cites"),
        Updated = f.Date("updated"),
        Fingerprint = file.Fingerprint,
    };

    private static Item Specific(ContentFile file, FieldReader f) => file.Kind switch
    {
        ContentKind.Exercise => new Exercise
        {
            Category = f.Text("category") ?? "", Level = f.Text("level") ?? "",
            Equipment = f.TextList("equipment"), Dose = Dose(f.Block("dose")), Steps = f.MarkdownList("steps"),
            Cues = f.TextList("cues"), Mistakes = f.TextList("mistakes"), StopIf = f.TextList("stop_if"),
            Regression = f.Ref("regression", ContentKind.Exercise), Progression = f.Ref("progression", ContentKind.Exercise),
            Explanation = f.Markdown("explanation"), Images = f.Each("images", f, static (node, f) => node is DocMap m ? Image(f.Nested(m)) : null),
        },
        ContentKind.Progression => new Progression
        {
            Prerequisites = f.Refs("prerequisites", ContentKind.Exercise), Stages = f.Each("stages", f, static (node, f) => node is DocMap m ? Stage(f.Nested(m)) : null),
        },
        ContentKind.Explanation => new Explanation
        {
            Body = file.Body!,
        },
        ContentKind.Region => new Region
        {
            Connects = f.Refs("connects", ContentKind.Region), Body = f.Markdown("body"),
        },
        ContentKind.Source => new Source
        {
            Author = f.Text("author"), Publisher = f.Text("publisher"), Url = f.Text("url"),
            Published = f.Date("published"), Accessed = f.Date("accessed"),
            Claims = f.Entries("claims").Select(c => new Claim(c.Key.Value, c.Fields.Text("text") ?? "", c.Fields.Text("section"), c.Fields.Text("kind"), c.Key.Span)).ToList(),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(file), file.Kind, "not an item kind"),
    };

    public static SiteSettings Site(FieldReader f) => new()
    {
        Title = f.Text("title") ?? "Training notes",
        Description = f.Text("description"),
        BaseUrl = f.Text("base_url"),
        Language = f.Text("language") ?? "en",
        Nav = f.Nodes("nav").Select(node => node switch
        {
            DocScalar { Value.Length: > 0 } link => new NavLink(null, f.MarkdownOf(link)),
            DocMap map when new FieldReader(map, f.Map.Span.Path) is var entry && entry.Markdown("link") is { } link => new NavLink(entry.Text("title"), link),
            _ => null,
        }).OfType<NavLink>().ToList(),
        Disclaimer = f.Markdown("disclaimer"),
    };

    // In the schema's order. A block has no more lines than fields (its keys are unique), which sizes the array.
    private static Dose Dose(FieldReader? f)
    {
        if (f is null) return Model.Dose.Empty;
        var specs = ContentSchemas.Dose.Fields;
        var lines = new DoseLine[Math.Min(specs.Count, f.Map.Fields.Count)];
        var count = 0;
        for (var i = 0; i < specs.Count && count < lines.Length; i++)
            if (f.Text(specs[i].Key) is { } value) lines[count++] = new DoseLine(specs[i].Key, value);
        return new Dose(count == lines.Length ? lines : lines[..count]);
    }

    private static ImageRef Image(FieldReader f) =>
        new(f.Text("src") ?? "", f.Map.Find("src")?.Value.Span ?? f.Map.Span, f.Text("alt") ?? "", f.Text("caption"), f.Text("credit"), f.Text("license"));

    private static Stage Stage(FieldReader f) => new(
        f.Text("title") ?? "",
        f.Text("focus"),
        f.Text("duration"),
        f.Markdown("notes"),
        f.Each("exercises", f, StageExercise),
        f.TextList("advance_when"),
        f.TextList("stop_if"));

    private static StageExercise? StageExercise(DocNode node, FieldReader stage) => node switch
    {
        DocScalar { Value.Length: > 0 } id => new StageExercise(new ItemRef(ContentKind.Exercise, id.Value.Trim(), id.Span), null, null),
        DocMap map when stage.Nested(map) is var entry && entry.Ref("exercise", ContentKind.Exercise) is { } exercise =>
            new StageExercise(exercise, entry.Block("dose") is { } dose ? Dose(dose) : null, entry.Text("notes")),
        _ => null,
    };
}
