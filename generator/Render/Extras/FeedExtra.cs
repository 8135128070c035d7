using System.Globalization;
using System.Xml;
using Trackside.Link;
using Trackside.Model;

namespace Trackside.Render.Extras;

/// <summary>
/// <c>feed.xml</c>, an Atom 1.0 feed of the <see cref="Size"/> most recently updated exercises,
/// progressions, explanations and regions: newest <c>updated</c> date first, then in the site's kind
/// order, then by id, so the same content always gives the same bytes. Items without a date are left
/// out, and so are sources (their <c>updated</c> is the publisher's date, not a change to this site).
/// The feed's own <c>&lt;updated&gt;</c> is its newest entry's date, never the clock. A site with no dated
/// item gets no feed, and its pages link to none: an empty feed dated 1970 only puzzles a feed reader.
/// Atom ids must be permanent absolute addresses, so the feed is written only when the site has a
/// <c>base_url</c>; each entry's id is its page's address. A session keeps the
/// entries and the file: an edit to an item that is not listed and would not be is no reason to sort
/// every item again, nor to write the same file.
/// </summary>
public sealed class FeedExtra : ISiteExtra
{
    public const string FileName = "feed.xml";
    public const int Size = 20;
    private const string Atom = "http://www.w3.org/2005/Atom";

    // The content, entries and file of the last build, with what of the site settings the file shows.
    private (ContentSet Content, IReadOnlyList<Item> Entries, (string, string?, string, string?) Site, GeneratedFile File)? _last;

    public IEnumerable<GeneratedFile> Files(ExtraInputs inputs)
    {
        var site = inputs.Graph.Content.Site;
        if (!Written(inputs.Graph.Content))
        {
            _last = null; // what it kept describes a build before this one, not the last
            return [];
        }
        var entries = _last is { } kept && Unchanged(kept.Content, kept.Entries, inputs.Graph) ? kept.Entries : Entries(inputs.Graph.Content);
        var shown = (site.Title, site.Description, site.Language, site.BaseUrl);
        var file = _last is { } last && ReferenceEquals(last.Entries, entries) && last.Site == shown ? last.File : Write(site, entries);
        _last = (inputs.Graph.Content, entries, shown, file);
        return [file];
    }

    // Whether the entries of the content then are those of the graph's: no entry changed or went, and no changed
    // item would enter (a full list ranks it after its last entry; a shorter one takes any dated item).
    private static bool Unchanged(ContentSet then, IReadOnlyList<Item> entries, SiteGraph graph) =>
        graph.ChangesSince(then).Items.All(change =>
            (change.Then is null || !entries.Contains(change.Then, ReferenceEqualityComparer.Instance))
            && (change.Now is not { } now || !Listed(now) || (entries.Count == Size && Order.Compare(now, entries[^1]) > 0)));

    /// <summary>Whether the site has a feed: an address to give it and an item to list.</summary>
    public static bool Written(ContentSet content) => content.Site.BaseUrl is not null && content.AllItems.Any(Listed);

    private static bool Listed(Item item) => item.Updated is not null && item.Kind != ContentKind.Source;

    private static GeneratedFile Write(SiteSettings site, IReadOnlyList<Item> entries)
    {
        var home = SiteUrl.Of(site, SitePaths.Home)!;
        return new GeneratedFile(FileName, XmlFile.Write(xml =>
        {
            xml.WriteStartElement("feed", Atom);
            xml.WriteAttributeString("xml", "lang", null, XmlFile.Text(site.Language));
            xml.WriteElementString("id", Atom, home);
            xml.WriteElementString("title", Atom, XmlFile.Text(site.Title));
            if (!string.IsNullOrWhiteSpace(site.Description)) xml.WriteElementString("subtitle", Atom, XmlFile.Text(site.Description));
            xml.WriteElementString("updated", Atom, Timestamp(entries[0].Updated!.Value));
            Link(xml, "self", "application/atom+xml", SiteUrl.Of(site, FileName)!);
            Link(xml, "alternate", "text/html", home);
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, XmlFile.Text(site.Title));
            xml.WriteEndElement();
            xml.WriteElementString("generator", Atom, "Trackside");
            foreach (var item in entries)
            {
                var url = SiteUrl.Of(site, SitePaths.Item(item))!;
                xml.WriteStartElement("entry", Atom);
                xml.WriteElementString("id", Atom, url);
                xml.WriteElementString("title", Atom, XmlFile.Text(item.Title));
                Link(xml, "alternate", "text/html", url);
                xml.WriteElementString("updated", Atom, Timestamp(item.Updated!.Value));
                if (!string.IsNullOrWhiteSpace(item.Summary)) xml.WriteElementString("summary", Atom, XmlFile.Text(item.Summary));
                xml.WriteStartElement("category", Atom);
                xml.WriteAttributeString("term", item.Kind.Noun());
                xml.WriteAttributeString("label", Labels.Capitalise(item.Kind.Noun()));
                xml.WriteEndElement();
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }));
    }

    /// <summary>The items the feed lists, newest first.</summary>
    public static IReadOnlyList<Item> Entries(ContentSet content) =>
        content.AllItems.Where(Listed).Order(Order).Take(Size).ToList();

    // Newest first, then in the site's kind order, then by id: a total order, as ids are unique per kind.
    private static readonly Comparer<Item> Order = Comparer<Item>.Create((a, b) =>
        b.Updated!.Value.CompareTo(a.Updated!.Value) is var byDate and not 0 ? byDate
        : a.Kind.Place().CompareTo(b.Kind.Place()) is var byKind and not 0 ? byKind
        : string.CompareOrdinal(a.Id, b.Id));

    private static void Link(XmlWriter xml, string rel, string type, string href)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    // A date as an RFC 3339 timestamp: the start of that day, UTC.
    private static string Timestamp(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
}
