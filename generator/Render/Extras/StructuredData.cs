using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
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
/// given when the site has a <c>base_url</c>.
/// </summary>
public static class StructuredData
{
    // The default encoder escapes the characters HTML gives meaning to (<, >, &, quotes, +) as \uXXXX,
    // so no text can close the script element ("</script>") or open a comment ("<!--").
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All), WriteIndented = false };

    public static string For(SiteGraph graph, PagePlan plan, Item? item)
    {
        var site = graph.Content.Site;
        var url = SiteUrl.Of(site, plan.Path);
        var data = item switch
        {
            Exercise e => Exercise(graph, e, url),
            Progression p => Progression(graph, p, url),
            Explanation x => Article(graph, x, url),
            Region r => Obj(
                ("@type", "WebPage"), ("name", r.Title), ("description", r.Summary), ("url", url), ("dateModified", Date(r.Updated)),
                ("about", Obj(("@type", "AnatomicalStructure"), ("name", r.Title), ("description", r.Summary))),
                ("citation", Citations(graph, r))),
            Source s => Source(site, s, url),
            _ when plan.Path == SitePaths.Home => Obj(
                ("@type", "WebSite"), ("name", site.Title), ("description", site.Description), ("url", url), ("inLanguage", site.Language)),
            _ => Obj(("@type", "CollectionPage"), ("name", plan.Title), ("description", Blank(plan.Description)), ("url", url)),
        };
        data.Insert(0, "@context", "https://schema.org");
        if (plan.Path != SitePaths.Home) data["isPartOf"] = WebSite(site);
        return data.ToJsonString(Json);
    }

    private static JsonObject Exercise(SiteGraph graph, Exercise e, string? url) => Obj(
        ("@type", "HowTo"), ("name", e.Title), ("description", e.Summary), ("url", url), ("inLanguage", graph.Content.Site.Language),
        ("dateModified", Date(e.Updated)), ("educationalLevel", e.Level), ("keywords", Keywords([e.Category, .. e.Tags])),
        ("image", Arr(e.Images.Select(i => (JsonNode?)SiteUrl.Of(graph.Content.Site, SitePaths.Asset(AssetCheck.AssetPath(i.Src)))).OfType<JsonNode>())),
        ("tool", Arr(e.Equipment.Select(t => Obj(("@type", "HowToTool"), ("name", t))))),
        ("step", Arr(e.Steps.Select((s, i) => Obj(("@type", "HowToStep"), ("position", i + 1), ("text", PlainText.Of(graph.Document(s))))))),
        ("citation", Citations(graph, e)),
        ("publisher", Publisher(graph.Content.Site)));

    private static JsonObject Progression(SiteGraph graph, Progression p, string? url) => Obj(
        ("@type", "ItemList"), ("name", p.Title), ("description", p.Summary), ("url", url),
        ("itemListOrder", "https://schema.org/ItemListOrderAscending"), ("numberOfItems", p.Stages.Count),
        ("itemListElement", Arr(p.Stages.Select((stage, i) => Obj(
            ("@type", "ListItem"), ("position", i + 1), ("name", stage.Title), ("url", url is null ? null : $"{url}#stage-{i + 1}"),
            ("item", Obj(
                ("@type", "HowToSection"), ("name", stage.Title), ("description", stage.Focus),
                ("itemListElement", Arr(stage.Exercises
                    .Select(x => graph.Content.Exercises.GetValueOrDefault(x.Exercise.Id)).OfType<Exercise>()
                    .Select((x, j) => Obj(("@type", "HowToStep"), ("position", j + 1), ("name", x.Title), ("text", x.Summary),
                        ("url", SiteUrl.Of(graph.Content.Site, SitePaths.Item(x))))))))))))));

    private static JsonObject Article(SiteGraph graph, Explanation x, string? url) => Obj(
        ("@type", "Article"), ("headline", x.Title), ("name", x.Title), ("description", x.Summary), ("url", url),
        ("mainEntityOfPage", url), ("inLanguage", graph.Content.Site.Language), ("dateModified", Date(x.Updated)),
        ("keywords", Keywords(x.Tags)), ("citation", Citations(graph, x)), ("publisher", Publisher(graph.Content.Site)));

    private static JsonObject Source(SiteSettings site, Source s, string? url) => Obj(
        ("@type", "CreativeWork"), ("name", s.Title), ("description", s.Summary),
        ("author", s.Author is null ? null : Obj(("@type", "Person"), ("name", s.Author))),
        ("publisher", s.Publisher is null ? null : Obj(("@type", "Organization"), ("name", s.Publisher))),
        ("url", s.Url ?? url), ("mainEntityOfPage", url), ("datePublished", Date(s.Published)), ("dateModified", Date(s.Updated)));

    /// <summary>Each source the item cites, once, as the work it is.</summary>
    private static JsonArray? Citations(SiteGraph graph, Item item) => Arr(item.Cites
        .Select(c => c.SourceId).Distinct(StringComparer.Ordinal)
        .Select(id => graph.Content.Sources.GetValueOrDefault(id)).OfType<Source>()
        .Select(s => Obj(("@type", "CreativeWork"), ("name", s.Title),
            ("author", s.Author is null ? null : Obj(("@type", "Person"), ("name", s.Author))),
            ("publisher", s.Publisher is null ? null : Obj(("@type", "Organization"), ("name", s.Publisher))),
            ("datePublished", Date(s.Published)), ("url", s.Url ?? SiteUrl.Of(graph.Content.Site, SitePaths.Item(s))))));

    private static JsonObject WebSite(SiteSettings site) => Obj(("@type", "WebSite"), ("name", site.Title), ("url", SiteUrl.Of(site, SitePaths.Home)));

    private static JsonObject Publisher(SiteSettings site) => Obj(("@type", "Organization"), ("name", site.Title), ("url", SiteUrl.Of(site, SitePaths.Home)));

    private static string? Keywords(IEnumerable<string> words) => Blank(string.Join(", ", words.Distinct(StringComparer.OrdinalIgnoreCase)));

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    /// <summary>An object of the given properties, leaving out those without a value (null, blank text, empty list).</summary>
    private static JsonObject Obj(params (string Name, object? Value)[] properties)
    {
        var result = new JsonObject();
        foreach (var (name, value) in properties)
        {
            JsonNode? node = value switch
            {
                null => null,
                string text => Blank(text) is null ? null : JsonValue.Create(text),
                int number => JsonValue.Create(number),
                JsonArray { Count: 0 } => null,
                JsonNode json => json,
                _ => throw new ArgumentException($"unexpected value for {name}"),
            };
            if (node is not null) result[name] = node;
        }
        return result;
    }

    private static JsonArray? Arr(IEnumerable<JsonNode> nodes) => new(nodes.ToArray());
}
