using Trackside.Model;
using Trackside.Validate;

namespace Trackside.Render;

/// <summary>
/// Where each page lives in the output. Every page is a plain .html file at most one folder deep,
/// and every link is relative, so the site works from any host folder and straight from disk (file://).
/// </summary>
public static class SitePaths
{
    public const string Home = "index.html";
    public const string Stylesheet = "static/site.css";

    public static string Item(ContentKind kind, string id) => $"{kind.Folder()}/{id}.html";

    public static string Item(Item item) => Item(item.Kind, item.Id);

    public static string KindIndex(ContentKind kind) => $"{kind.Folder()}/index.html";

    public static string Category(string category) => $"categories/{category}.html";

    public static string Level(string level) => $"levels/{level}.html";

    public const string TagIndex = "tags/index.html";

    /// <summary>The index page of a section named in <c>nav:</c> (see <see cref="SiteSections"/>).</summary>
    public static string Section(string name) => name switch
    {
        "home" => Home,
        "tags" => TagIndex,
        _ => KindIndex(ContentKinds.Items.First(k => k.Folder() == name)),
    };

    public static string Tag(string tag) => $"tags/{TagSlug(tag)}.html";

    /// <summary>
    /// The file name of a tag's page. Tags are free text; those with no a-z or 0-9 at all
    /// (e.g. in another script) get a stable name made from their hash.
    /// </summary>
    public static string TagSlug(string tag) => TagSlugs.GetOrAdd(tag, MakeTagSlug);

    // Asked for every tag of every item on every build; a site has few distinct tags.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> TagSlugs = new(StringComparer.Ordinal);

    private static string MakeTagSlug(string tag)
    {
        var slug = IdRules.Slug(tag);
        if (slug.Length > 0) return slug;
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(tag.Trim()));
        return "tag-" + Convert.ToHexStringLower(hash)[..10];
    }

    public static string Asset(string path) => $"assets/{path}";

    /// <summary>The prefix that leads from a page back to the site root: "" or "../".</summary>
    public static string RootFrom(string pagePath) => string.Concat(Enumerable.Repeat("../", pagePath.Count(c => c == '/')));
}
