using Trackside.Model;

namespace Trackside.Render.Pages;

/// <summary>
/// One tag of the site with the items that carry it, in the content's order; its first spelling in that order
/// names its page. Items are kept by kind and id, so that a session's planner can keep the site's tags between
/// builds while no edit changes an item's tags: grouping the tags of every item is the longest step of planning
/// the index lists again after a one-file edit, and an edit makes a new object of the item it changes.
/// </summary>
internal sealed record TagGroup(string Tag, IReadOnlyList<(ContentKind Kind, string Id)> Items)
{
    /// <summary>Every tag of the content, in the order of their pages' slugs.</summary>
    public static IReadOnlyList<TagGroup> Of(ContentSet content) =>
        content.AllItems.SelectMany(i => i.Tags.Select(t => (Slug: SitePaths.TagSlug(t), Tag: t, Key: (i.Kind, i.Id))))
            .GroupBy(x => x.Slug)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new TagGroup(g.First().Tag, g.Select(x => x.Key).Distinct().ToList()))
            .ToList();
}
