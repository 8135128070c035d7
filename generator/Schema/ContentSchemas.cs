using Trackside.Model;
using static Trackside.Schema.FieldShape;

namespace Trackside.Schema;

/// <summary>The fields of every kind of content file: the contract with coaches.</summary>
public static class ContentSchemas
{
    public static IReadOnlyList<string> Categories { get; } = ["screen", "mobility", "stability", "strength", "running"];
    public static IReadOnlyList<string> Levels { get; } = ["beginner", "intermediate", "advanced"];
    public static IReadOnlyList<string> ClaimKinds { get; } = ["figure", "definition", "mechanism", "recommendation", "observation"];

    private static FieldSpec Required(string key, FieldShape shape, string description) =>
        new(key, shape, description) { Required = true };

    private static FieldSpec Ref(string key, FieldShape shape, ContentKind kind, string description, bool required = false) =>
        new(key, shape, description) { RefKind = kind, Required = required };

    private static readonly FieldSpec Title = Required("title", Text, "The name shown as the page heading and in lists.");
    private static readonly FieldSpec Summary = Required("summary", Text, "One sentence shown under the title and in lists and search results.");
    private static readonly FieldSpec Regions = Ref("regions", ItemRefList, ContentKind.Region, "Body regions this item works on or explains (region ids).");
    private static readonly FieldSpec Tags = new("tags", TextList, "Free words to group items by; each gets a page listing its items.");
    private static readonly FieldSpec Cites = new("cites", ClaimRefList, "Claims this item rests on, as `source-id/claim-id`.") { Example = "[dea-2021/progression]" };
    private static readonly FieldSpec Updated = new("updated", Date, "When the content was last changed, YYYY-MM-DD; shown as \"last updated\".");

    public static BlockSpec Dose { get; } = new("dose", [
        new("sets", Count, "Number of sets."),
        new("reps", Text, "Repetitions per set, e.g. `8` or `8 each side`."),
        new("distance", Text, "Distance per set, e.g. `30 m`."),
        new("hold", Text, "How long to hold a position, e.g. `30 s`."),
        new("duration", Text, "Time per set or session, e.g. `10 min`."),
        new("load", Text, "Load: kg, band colour, RPE/RIR or `bodyweight`."),
        new("tempo", Text, "Speed of the movement, e.g. `slow up, fast down`."),
        new("rest", Text, "Rest between sets, e.g. `90 s`."),
        new("frequency", Text, "How often, e.g. `3 times a week`."),
        new("notes", Text, "Anything else about the dose."),
    ]);

    public static BlockSpec Image { get; } = new("image", [
        Required("src", Text, "File name under content/assets/."),
        Required("alt", Text, "What the image shows, for athletes using screen readers."),
        new("caption", Text, "A caption shown under the image."),
        new("credit", Text, "Who made the image."),
        new("license", Text, "An SPDX licence id, or `all rights reserved`."),
    ]);

    public static BlockSpec StageExercise { get; } = new("stage exercise", [
        Ref("exercise", FieldShape.ItemRef, ContentKind.Exercise, "The exercise id.", required: true),
        new("dose", Block, "A dose for this stage; its fields replace the exercise's own.") { Block = Dose },
        new("notes", Text, "A note for this exercise in this stage."),
    ]);

    public static BlockSpec Stage { get; } = new("stage", [
        Title,
        new("focus", Text, "What the stage builds, in a few words."),
        new("duration", Text, "Typical time in the stage, e.g. `2-3 weeks`."),
        new("notes", Markdown, "More about the stage (Markdown)."),
        new("exercises", ValueOrBlockList, "Exercises of the stage: ids, or `{ exercise: ID, dose: {...} }`.") { Required = true, RefKind = ContentKind.Exercise, Block = StageExercise },
        Required("advance_when", TextList, "Criteria to meet before moving to the next stage."),
        new("stop_if", TextList, "Signs to stop and get advice."),
    ]);

    public static BlockSpec Claim { get; } = new("claim", [
        Required("text", Text, "The claim, in our own words."),
        new("section", Text, "Where in the source it is made."),
        new("kind", Choice, "What sort of claim it is.") { Choices = ClaimKinds },
    ]);

    public static BlockSpec NavLink { get; } = new("nav link", [
        Required("title", Text, "The link text."),
        Required("link", Text, "A section name, an item link such as `progression:return-to-running`, or a web address."),
    ]);

    public static BlockSpec Site { get; } = new("site settings", [
        Required("title", Text, "The site's name."),
        new("description", Text, "One sentence about the site, for the home page and search engines."),
        new("base_url", Url, "The address the site is published at, for canonical links."),
        new("language", Text, "The language code of the content, e.g. `en`."),
        new("nav", ValueOrBlockList, "Links in the top navigation, in order: a section (`exercises`, `progressions`, `explanations`, `regions`, `sources`, `tags`), an item link, or `{ title, link }`. Exercises and Body regions follow unless the list has them.") { Block = NavLink },
        new("disclaimer", Markdown, "Replaces the default \"education, not medical advice\" notice shown on every page."),
    ]);

    public static BlockSpec Region { get; } = new("region", [
        Title,
        new("summary", Text, "One sentence about the region."),
        Ref("connects", ItemRefList, ContentKind.Region, "Neighbouring regions in the chain; the link shows on both."),
        Cites,
        new("body", Markdown, "More about the region (Markdown)."),
        Updated,
    ]);

    public static BlockSpec Exercise { get; } = new("exercise", [
        Title,
        Summary,
        new("category", Choice, "What kind of exercise it is.") { Required = true, Choices = Categories },
        new("level", Choice, "How demanding it is.") { Required = true, Choices = Levels },
        Regions with { Required = true },
        Tags,
        new("equipment", TextList, "What is needed, e.g. `[hill or stairs]`."),
        new("dose", Block, "The prescription card: sets, reps, distance, hold, duration, load, tempo, rest, frequency, notes.") { Block = Dose },
        Required("steps", MarkdownList, "How to do it, in order (Markdown allowed)."),
        new("cues", TextList, "Short reminders while doing it."),
        new("mistakes", TextList, "Common mistakes to avoid."),
        new("stop_if", TextList, "Signs to stop and get advice; without it the page shows a general warning."),
        Ref("regression", FieldShape.ItemRef, ContentKind.Exercise, "An easier exercise to step back to (exercise id)."),
        Ref("progression", FieldShape.ItemRef, ContentKind.Exercise, "A harder exercise to move on to (exercise id)."),
        new("explanation", Markdown, "Why this exercise matters (Markdown)."),
        Cites,
        new("images", BlockList, "Pictures from content/assets/.") { Block = Image },
        Updated,
    ]);

    public static BlockSpec Progression { get; } = new("progression", [
        Title,
        Summary,
        Regions,
        Tags,
        Ref("prerequisites", ItemRefList, ContentKind.Exercise, "Exercises (usually screens) to do before starting."),
        new("stages", BlockList, "The stages, in order.") { Required = true, Block = Stage },
        Cites,
        Updated,
    ]);

    public static BlockSpec Explanation { get; } = new("explanation", [Title, Summary, Regions, Tags, Cites, Updated]);

    public static BlockSpec Source { get; } = new("source", [
        Title,
        new("author", Text, "Who wrote it."),
        new("publisher", Text, "Where it was published."),
        new("url", Url, "Where to read it."),
        new("published", Date, "First published, YYYY-MM-DD."),
        new("updated", Date, "Last updated by its publisher, YYYY-MM-DD."),
        new("accessed", Date, "When we read it, YYYY-MM-DD."),
        new("summary", Text, "What the source is about, in one sentence."),
        new("claims", BlockMap, "The facts and figures we use, each under an id of our choosing.") { Required = true, Block = Claim },
    ]);

    public static BlockSpec For(ContentKind kind) => kind switch
    {
        ContentKind.Site => Site,
        ContentKind.Region => Region,
        ContentKind.Exercise => Exercise,
        ContentKind.Progression => Progression,
        ContentKind.Explanation => Explanation,
        ContentKind.Source => Source,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
