using Trackside.Link;
using Trackside.Model;

namespace Trackside.Render.Pages;

/// <summary>Builds the escaped, page-relative pieces that page models share.</summary>
public sealed class LinkBuilder(SiteGraph graph, string pagePath)
{
    private readonly string _root = SitePaths.RootFrom(pagePath);

    public MarkdownHtml Markdown { get; } = new(graph, pagePath);

    public string Href(string sitePath) => _root + sitePath;

    public LinkModel To(Item item) =>
        new(Href(SitePaths.Item(item)), Html.Escape(item.Title), Html.Escape(item.Summary), item.Kind.Noun());

    public IReadOnlyList<LinkModel> To(IEnumerable<Item> items) => items.Select(To).ToList();

    /// <summary>Links for ids that resolved; unresolved ones were reported by the link stage.</summary>
    public IReadOnlyList<LinkModel> To(IEnumerable<ItemRef> refs) =>
        refs.Select(r => graph.Content.Find(r.Kind, r.Id)).OfType<Item>().Select(To).ToList();

    public LinkModel? To(ItemRef? reference) =>
        reference is null || graph.Content.Find(reference.Kind, reference.Id) is not { } item ? null : To(item);

    public IReadOnlyList<LinkModel> Tags(IEnumerable<string> tags) =>
        tags.Select(t => new LinkModel(Href(SitePaths.Tag(t)), Html.Escape(t))).ToList();

    public LinkModel Category(string category) => new(Href(SitePaths.Category(category)), Html.Escape(Labels.Category(category)));

    public LinkModel Level(string level) => new(Href(SitePaths.Level(level)), Html.Escape(Labels.Capitalise(level)));

    public IReadOnlyList<CitationModel> Cites(Item item) =>
        item.Cites
            .Select(c => (Source: graph.Content.Sources.GetValueOrDefault(c.SourceId), c.ClaimId))
            .Select(x => (x.Source, Claim: x.Source?.Claims.FirstOrDefault(c => c.Id == x.ClaimId)))
            .Where(x => x.Claim is not null)
            .Select(x => new CitationModel(
                Href(SitePaths.Item(x.Source!)) + "#" + x.Claim!.Id, Html.Escape(x.Claim.Text), Html.Escape(x.Source!.Title)))
            .ToList();

    public static IReadOnlyList<DoseLineModel> Dose(Dose dose) =>
        dose.Lines.Select(l => new DoseLineModel(Html.Escape(Labels.Capitalise(l.Field)), Html.Escape(l.Value))).ToList();

    public static IReadOnlyList<string> Escape(IEnumerable<string> texts) => texts.Select(Html.Escape).ToList();
}
