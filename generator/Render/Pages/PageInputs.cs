using Trackside.Link;
using Trackside.Model;

namespace Trackside.Render.Pages;

/// <summary>
/// What a page shows, as text to fingerprint: the page's own file, every item it names (their whole
/// file, since a stage card shows an exercise's dose and stop signs), and the title and summary of
/// every item that lists it (back-links), or of every item an index page lists.
/// </summary>
public static class PageInputs
{
    public static string ForItem(Item item, SiteGraph graph)
    {
        var named = item.References.Select(r => graph.Content.Find(r.Kind, r.Id)).OfType<Item>()
            .Concat(item.Cites.Select(c => graph.Content.Find(ContentKind.Source, c.SourceId)).OfType<Item>())
            .Select(i => i.Fingerprint);
        var listing = graph.LinkedFrom(item)
            .Concat(item is Source source ? source.Claims.SelectMany(c => graph.CitedBy(source.Id, c.Id)) : [])
            .Select(Listed);
        return Diagnostics.Fingerprint.Of(named.Prepend(item.Fingerprint).Concat(listing));
    }

    /// <summary>An index page: its heading and exactly the groups and entries it shows.</summary>
    public static string ForList(string heading, IEnumerable<ListGroup> groups) =>
        Diagnostics.Fingerprint.Of(groups.SelectMany(g => g.Entries.Select(e => $"{e.SitePath}|{e.Title}|{e.Summary}|{e.Kind}")
            .Prepend($"group|{g.Title}|{g.Anchor}|{g.TargetPath}")).Prepend(heading));

    // What a back-link shows of an item.
    private static string Listed(Item item) =>
        $"{item.Kind}|{item.Id}|{item.Title}|{item.Summary}|{string.Join(',', item.Tags)}|{(item as Exercise)?.Category}|{(item as Exercise)?.Level}";
}
