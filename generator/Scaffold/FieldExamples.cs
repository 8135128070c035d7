using System.Globalization;
using Trackside.Model;
using Trackside.Schema;

namespace Trackside.Scaffold;

/// <summary>
/// A value written after <c>key:</c>: <see cref="Inline"/> on the key's line and <see cref="Below"/>
/// on the lines under it, indented relative to the key (a block list, or a Markdown literal block).
/// </summary>
public sealed record StarterValue(string Inline, IReadOnlyList<string> Below);

/// <summary>
/// The values a starter file shows: for a required field a placeholder that validates (TODO text,
/// or an id that exists in the site), for an optional field an example to uncomment. Fields without
/// an entry here, such as fields added to the tables later, get a value made from their form.
/// </summary>
public sealed class FieldExamples(StarterContext context)
{
    public StarterValue For(BlockSpec block, FieldSpec field, bool nested) => (block.Name, field.Key) switch
    {
        ("stage", "title") => Text("TODO the first stage"),
        ("stage", "focus") => Text("Ankle control"),
        ("stage", "duration") => Raw("2-3 weeks"),
        ("stage", "notes") => Text("Start with two sessions a week."),
        ("stage", "advance_when") => FlowList("TODO what to reach before the next stage"),
        ("image", "src") => Text(context.Id + ".svg"),
        ("image", "alt") => Text("TODO what the picture shows"),
        ("image", "caption") => Text("A caption under the picture."),
        ("image", "credit") => Text("Drawn for this site"),
        ("image", "license") => Raw("CC-BY-4.0"),
        ("claim", "text") => Text("TODO the claim, in our own words."),
        ("claim", "section") => Text("Introduction"),
        ("dose", "sets") => Raw("3"),
        ("dose", "reps") => Raw("10"),
        ("dose", "distance") => Raw("30 m"),
        ("dose", "hold") => Raw("30 s"),
        ("dose", "duration") => Raw("10 min"),
        ("dose", "load") => Text("bodyweight"),
        ("dose", "tempo") => Text("slow up, fast down"),
        ("dose", "rest") => Raw("60 s"),
        ("dose", "frequency") => Raw("3 times a week"),
        ("dose", "notes") => Text("Stop the set early if form fades."),
        ("region", "summary") => Text("One sentence about the region."),
        ("source", "summary") => Text("What the source is about, in one sentence."),
        (_, "title") => Text(context.Title),
        (_, "summary") => Text("TODO one sentence on what this is and why it matters."),
        (_, "steps") => BlockList("TODO the first step.", "TODO the next step."),
        (_, "tags") => FlowList("ankles", "strength"),
        (_, "equipment") => FlowList("step"),
        (_, "cues") => FlowList("Stay tall", "Slow on the way down"),
        (_, "mistakes") => FlowList("Rushing the lowering"),
        (_, "stop_if") => FlowList("Sharp or worsening pain"),
        (_, "regression") => Raw("easier-exercise-id"),
        (_, "progression") => Raw("harder-exercise-id"),
        (_, "author") => Text("Firstname Lastname"),
        (_, "publisher") => Text("Publisher name"),
        (_, "url") => Raw("https://example.org/article"),
        (_, "explanation") when !nested => Literal("Why it matters, in Markdown. Link to other pages with [text](explanation:ID)."),
        (_, "body") when !nested => Literal("More about it, in Markdown. Link to other pages with [text](exercise:ID)."),
        _ => ByForm(field, nested),
    };

    /// <summary>The key of the one entry a starter block map holds (a source's first claim), with a note on it.</summary>
    public (string Key, string Note) EntryKey(FieldSpec field) =>
        ("first-claim", $"rename: an id of your choosing; cite it as `{context.Id}/first-claim`");

    private StarterValue ByForm(FieldSpec field, bool nested) => field.Shape switch
    {
        FieldShape.Markdown when !nested => Literal("TODO"),
        FieldShape.Count => Raw("1"),
        FieldShape.Date => Raw(context.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        FieldShape.Url => Raw("https://example.org/"),
        FieldShape.Choice => Text(field.Choices[0]),
        FieldShape.ItemRef => Text(RefId(field.RefKind)),
        FieldShape.ItemRefList => FlowList(RefId(field.RefKind)),
        FieldShape.ValueOrBlockList when field.RefKind is not null => FlowList(RefId(field.RefKind)),
        FieldShape.ClaimRefList => FlowList("source-id/claim-id"),
        FieldShape.TextList or FieldShape.MarkdownList or FieldShape.ValueOrBlockList => FlowList("TODO"),
        _ => Text("TODO"),
    };

    /// <summary>An id of the kind that exists in the site, so that a required link resolves.</summary>
    public string RefId(ContentKind? kind) => kind switch
    {
        ContentKind.Region => context.Region ?? "region-id",
        ContentKind.Exercise => context.Exercise ?? "exercise-id",
        { } other => other.Noun() + "-id",
        null => "id",
    };

    private static StarterValue Raw(string yaml) => new(yaml, []);

    private static StarterValue Text(string text) => new(YamlScalar.Block(text), []);

    private static StarterValue FlowList(params string[] items) => new(YamlScalar.FlowList(items), []);

    private static StarterValue BlockList(params string[] items) => new("", items.Select(i => "  - " + YamlScalar.Block(i)).ToList());

    private static StarterValue Literal(params string[] lines) => new("|", lines.Select(l => "  " + l).ToList());
}
