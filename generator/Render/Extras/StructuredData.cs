using Trackside.Link;
using Trackside.Model;
using Trackside.Render.Pages;

namespace Trackside.Render.Extras;

/// <summary>
/// The schema.org JSON-LD of each page. Exercises are <c>HowTo</c> (steps, equipment as tools);
/// progressions are an ordered <c>ItemList</c> of stages, each a <c>HowToSection</c> of its
/// exercises (a progression is a staged plan, not a course with a provider and sessions, which
/// <c>Course</c> would claim); explanations are <c>Article</c> citing their sources; regions are a
/// <c>WebPage</c> about an <c>AnatomicalStructure</c>; sources are <c>CreativeWork</c> (no field says
/// whether a source is peer-reviewed, so <c>ScholarlyArticle</c> would be a guess); the home page is
/// the <c>WebSite</c>; other index pages are <c>CollectionPage</c>. Addresses are absolute and only
/// given when the site has a <c>base_url</c>. Properties without a value are left out.
/// </summary>
public static class StructuredData
{
    private sealed record Page(SiteGraph Graph, PagePlan Plan, Item? Item, string? Url)
    {
        public SiteSettings Site => Graph.Content.Site;
    }

    public static string For(SiteGraph graph, PagePlan plan, Item? item) =>
        JsonLdWriter.Object(new Page(graph, plan, item, SiteUrl.Of(graph.Content.Site, plan.Path)), static (json, page) =>
        {
            json.Text("@context", "https://schema.org");
            switch (page.Item)
            {
                case Exercise e: Exercise(json, page, e); break;
                case Progression p: Progression(json, page, p); break;
                case Explanation x: Article(json, page, x); break;
                case Region r: Region(json, page, r); break;
                case Source s: Source(json, page.Url, s); break;
                default: Index(json, page); break;
            }
            if (page.Plan.Path != SitePaths.Home)
                json.Object("isPartOf", page.Site, static (json, site) => json.Text("@type", "WebSite").Text("name", site.Title).Text("url", SiteUrl.Of(site, SitePaths.Home)));
        });

    private static void Index(JsonLdWriter json, Page page)
    {
        if (page.Plan.Path == SitePaths.Home)
            json.Text("@type", "WebSite").Text("name", page.Site.Title).Text("description", page.Site.Description).Text("url", page.Url).Text("inLanguage", page.Site.Language);
        else
            json.Text("@type", "CollectionPage").Text("name", page.Plan.Title).Text("description", page.Plan.Description).Text("url", page.Url);
    }

    private static void Exercise(JsonLdWriter json, Page page, Exercise e)
    {
        var site = page.Site;
        json.Text("@type", "HowTo").Text("name", e.Title).Text("description", e.Summary).Text("url", page.Url).Text("inLanguage", site.Language)
            .Text("dateModified", Date(e.Updated)).Text("educationalLevel", e.Level).Text("keywords", Keywords([e.Category, .. e.Tags]))
            .Texts("image", e.Images.Select(i => SiteUrl.Of(site, SitePaths.Asset(AssetCheck.AssetPath(i.Src)))).OfType<string>().ToList())
            .Objects("tool", e.Equipment, static (json, tool, _) => json.Text("@type", "HowToTool").Text("name", tool))
            .Objects("step", e.Steps.Select(s => PlainText.Of(page.Graph.Document(s))).ToList(),
                static (json, text, position) => json.Text("@type", "HowToStep").Number("position", position).Text("text", text));
        Citations(json, page.Graph, e);
        Publisher(json, site);
    }

    private static void Progression(JsonLdWriter json, Page page, Progression p)
    {
        json.Text("@type", "ItemList").Text("name", p.Title).Text("description", p.Summary).Text("url", page.Url)
            .Text("itemListOrder", "https://schema.org/ItemListOrderAscending").Number("numberOfItems", p.Stages.Count)
            .Objects("itemListElement", p.Stages, (json, stage, position) => json
                .Text("@type", "ListItem").Number("position", position).Text("name", stage.Title)
                .Text("url", page.Url is null ? null : $"{page.Url}#stage-{position}")
                .Object("item", stage, (json, stage) => json
                    .Text("@type", "HowToSection").Text("name", stage.Title).Text("description", stage.Focus)
                    .Objects("itemListElement", stage.Exercises.Select(x => page.Graph.Content.Exercises.GetValueOrDefault(x.Exercise.Id)).OfType<Exercise>().ToList(),
                        (json, x, step) => json.Text("@type", "HowToStep").Number("position", step).Text("name", x.Title).Text("text", x.Summary)
                            .Text("url", SiteUrl.Of(page.Site, SitePaths.Item(x))))));
    }

    private static void Article(JsonLdWriter json, Page page, Explanation x)
    {
        json.Text("@type", "Article").Text("headline", x.Title).Text("name", x.Title).Text("description", x.Summary).Text("url", page.Url)
            .Text("mainEntityOfPage", page.Url).Text("inLanguage", page.Site.Language).Text("dateModified", Date(x.Updated))
            .Text("keywords", Keywords(x.Tags));
        Citations(json, page.Graph, x);
        Publisher(json, page.Site);
    }

    private static void Region(JsonLdWriter json, Page page, Region r)
    {
        json.Text("@type", "WebPage").Text("name", r.Title).Text("description", r.Summary).Text("url", page.Url).Text("dateModified", Date(r.Updated))
            .Object("about", r, static (json, r) => json.Text("@type", "AnatomicalStructure").Text("name", r.Title).Text("description", r.Summary));
        Citations(json, page.Graph, r);
    }

    private static void Source(JsonLdWriter json, string? url, Source s)
    {
        json.Text("@type", "CreativeWork").Text("name", s.Title).Text("description", s.Summary);
        Credits(json, s);
        json.Text("url", s.Url ?? url).Text("mainEntityOfPage", url).Text("datePublished", Date(s.Published)).Text("dateModified", Date(s.Updated));
    }

    /// <summary>Each source the item cites, once, as the work it is.</summary>
    private static void Citations(JsonLdWriter json, SiteGraph graph, Item item) => json.Objects("citation",
        item.Cites.Select(c => c.SourceId).Distinct(StringComparer.Ordinal).Select(id => graph.Content.Sources.GetValueOrDefault(id)).OfType<Source>().ToList(),
        (json, s, _) =>
        {
            json.Text("@type", "CreativeWork").Text("name", s.Title);
            Credits(json, s);
            json.Text("datePublished", Date(s.Published)).Text("url", s.Url ?? SiteUrl.Of(graph.Content.Site, SitePaths.Item(s)));
        });

    private static void Credits(JsonLdWriter json, Source s) => json
        .Object("author", s.Author, static (json, author) => json.Text("@type", "Person").Text("name", author))
        .Object("publisher", s.Publisher, static (json, publisher) => json.Text("@type", "Organization").Text("name", publisher));

    private static void Publisher(JsonLdWriter json, SiteSettings site) =>
        json.Object("publisher", site, static (json, site) => json.Text("@type", "Organization").Text("name", site.Title).Text("url", SiteUrl.Of(site, SitePaths.Home)));

    private static string Keywords(IEnumerable<string> words) => string.Join(", ", words.Distinct(StringComparer.OrdinalIgnoreCase));

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
