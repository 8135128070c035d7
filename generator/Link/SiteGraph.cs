using Markdig;
using Markdig.Syntax;
using Trackside.Model;

namespace Trackside.Link;

/// <summary>
/// The linked site: items, their parsed Markdown, and the back-links derived from every link and id
/// (never typed twice by coaches). Immutable once built.
/// </summary>
/// <param name="document">The parsed Markdown of one of the content's texts: kept by a session, parsed again each time in a one-shot build.</param>
public sealed class SiteGraph(
    ContentSet content,
    MarkdownPipeline pipeline,
    Func<MarkdownSource, MarkdownDocument> document,
    IReadOnlyDictionary<(ContentKind, string), IReadOnlyList<Item>> linkedFrom,
    IReadOnlyDictionary<string, IReadOnlyList<Item>> citedBy)
{
    public ContentSet Content => content;

    public MarkdownPipeline Pipeline => pipeline;

    /// <summary>The back-link lists as the link stage keeps them, with what changed since the session's previous graph.</summary>
    internal BackLinks? BackLinks { get; init; }

    /// <summary>The items changed since the content a session linked last; null when not known.</summary>
    internal ContentChanges? Changes { get; init; }

    /// <summary>
    /// The items that differ between <paramref name="then"/> (content an extra saw in an earlier build of the session)
    /// and this graph's: as the link stage found them when it started from there, else found anew.
    /// </summary>
    internal ContentChanges ChangesSince(ContentSet then) =>
        Changes is { } told && ReferenceEquals(told.Then, then) ? told : ContentChanges.Between(then, content);

    public MarkdownDocument Document(MarkdownSource markdown) => document(markdown);

    /// <summary>Items that name or link to <paramref name="target"/>, ordered by kind then title.</summary>
    public IReadOnlyList<Item> LinkedFrom(Item target) => linkedFrom.GetValueOrDefault((target.Kind, target.Id), []);

    /// <summary>Items that cite one claim of a source.</summary>
    public IReadOnlyList<Item> CitedBy(string sourceId, string claimId) => citedBy.GetValueOrDefault($"{sourceId}/{claimId}", []);

    /// <summary>
    /// The items of one kind that name or link to <paramref name="target"/>: a run of <see cref="LinkedFrom(Item)"/>, which is
    /// ordered by kind first. Found by binary search, so a region's thousands of items of other kinds are not looked at.
    /// </summary>
    public IReadOnlyList<Item> LinkedFrom(Item target, ContentKind kind)
    {
        var items = LinkedFrom(target);
        var (start, end) = (FirstOfPlaceOrAfter(items, kind.Place()), FirstOfPlaceOrAfter(items, kind.Place() + 1));
        var run = new Item[end - start];
        for (var i = 0; i < run.Length; i++) run[i] = items[start + i];
        return run;
    }

    private static int FirstOfPlaceOrAfter(IReadOnlyList<Item> items, int place)
    {
        var (low, high) = (0, items.Count);
        while (low < high)
        {
            var middle = low + (high - low) / 2;
            if (items[middle].Kind.Place() < place) low = middle + 1;
            else high = middle;
        }
        return low;
    }

    /// <summary>Regions connected to this one, whichever of the two files lists the connection.</summary>
    public IReadOnlyList<Region> Neighbours(Region region) =>
        region.Connects.Select(c => content.Regions.GetValueOrDefault(c.Id))
            .Concat(LinkedFrom(region, ContentKind.Region).Cast<Region>().Where(r => r.Connects.Any(c => c.Id == region.Id)))
            .OfType<Region>()
            .Where(r => r.Id != region.Id)
            .DistinctBy(r => r.Id)
            .OrderBy(r => r.Title, StringComparer.OrdinalIgnoreCase)
            .ToList();

    /// <summary>Everything touching a region, kind by kind in the site's order: items that list it or link to it, other than regions.</summary>
    public IReadOnlyList<IReadOnlyList<Item>> Touching(Region region) =>
        ContentKinds.Items.Where(kind => kind != ContentKind.Region).Select(kind => LinkedFrom(region, kind)).Where(run => run.Count > 0).ToList();
}
