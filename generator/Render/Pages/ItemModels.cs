namespace Trackside.Render.Pages;

// Back-link lists (used by, linked from, touching, cited by) show their first ListingPages.Preview
// entries; AllListings links to the page that lists them all, when they are longer.

public sealed record ExercisePage(
    string Title,
    string Summary,
    LinkModel Category,
    LinkModel Level,
    IReadOnlyList<LinkModel> Regions,
    IReadOnlyList<LinkModel> Tags,
    IReadOnlyList<string> Equipment,
    IReadOnlyList<DoseLineModel> Dose,
    IReadOnlyList<string> StepsHtml,
    IReadOnlyList<string> Cues,
    IReadOnlyList<string> Mistakes,
    IReadOnlyList<string> StopIf,
    LinkModel? Regression,
    LinkModel? Progression,
    string ExplanationHtml,
    IReadOnlyList<ImageModel> Images,
    IReadOnlyList<CitationModel> Cites,
    IReadOnlyList<LinkModel> UsedBy,
    LinkModel? AllListings);

public sealed record StageExerciseModel(LinkModel Exercise, IReadOnlyList<DoseLineModel> Dose, string Notes, IReadOnlyList<string> StopIf);

public sealed record StageModel(
    int Number,
    string Anchor,
    string Title,
    string Focus,
    string Duration,
    string NotesHtml,
    IReadOnlyList<StageExerciseModel> Exercises,
    IReadOnlyList<string> AdvanceWhen,
    IReadOnlyList<string> StopIf);

public sealed record ProgressionPage(
    string Title,
    string Summary,
    IReadOnlyList<LinkModel> Regions,
    IReadOnlyList<LinkModel> Tags,
    IReadOnlyList<LinkModel> Prerequisites,
    IReadOnlyList<StageModel> Stages,
    IReadOnlyList<CitationModel> Cites,
    IReadOnlyList<LinkModel> LinkedFrom,
    LinkModel? AllListings);

public sealed record ExplanationPage(
    string Title,
    string Summary,
    IReadOnlyList<LinkModel> Regions,
    IReadOnlyList<LinkModel> Tags,
    string BodyHtml,
    IReadOnlyList<CitationModel> Cites,
    IReadOnlyList<LinkModel> LinkedFrom,
    LinkModel? AllListings);

public sealed record RegionPage(
    string Title,
    string Summary,
    string BodyHtml,
    IReadOnlyList<LinkModel> Neighbours,
    IReadOnlyList<GroupModel> Touching,
    IReadOnlyList<CitationModel> Cites,
    LinkModel? AllListings);

public sealed record ClaimModel(string Anchor, string Text, string Section, string Kind, IReadOnlyList<LinkModel> CitedBy);

public sealed record SourcePage(
    string Title,
    string Summary,
    string Author,
    string Publisher,
    string Url,
    string Published,
    string Updated,
    string Accessed,
    IReadOnlyList<ClaimModel> Claims,
    IReadOnlyList<LinkModel> LinkedFrom,
    LinkModel? AllListings);

/// <summary>An index page (home, all exercises, a category, a tag, ...): an intro, groups of links, and links to its other pages.</summary>
public sealed record ListPage(string Title, string Summary, IReadOnlyList<GroupModel> Groups, PagerModel? Pager = null);

/// <summary>Where a long list continues: this page's number of <c>Count</c>, previous and next ("" at the ends), numbered links.</summary>
public sealed record PagerModel(int Number, int Count, string Previous, string Next, IReadOnlyList<PagerLinkModel> Pages);

public sealed record PagerLinkModel(int Number, string Href, bool Current);
