using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Trackside.Link;

namespace Trackside.Render.Extras;

/// <summary>
/// <c>manifest.webmanifest</c>, so a phone can add the site to its home screen: the site's name, a
/// short name (the title when it has at most 12 characters, else its first word), the start page,
/// standalone display, the colours of <c>site.css</c> and the icons in <c>templates/static/</c>
/// (a site replaces them by adding files of the same names). Addresses are relative to the manifest,
/// so it works from any folder.
/// </summary>
public sealed class ManifestExtra : ISiteExtra
{
    public const string FileName = "manifest.webmanifest";

    /// <summary>The accent and the page background of site.css (light theme).</summary>
    public const string ThemeColour = "#0b6e4f";
    public const string BackgroundColour = "#fbfaf7";

    public static IReadOnlyList<(string File, string Sizes, string Type)> Icons { get; } =
    [
        ("icon.svg", "any", "image/svg+xml"),
        ("icon-192.png", "192x192", "image/png"),
        ("icon-512.png", "512x512", "image/png"),
    ];

    // A file of its own, never inside HTML: only JSON's own escapes are needed.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true };

    public IEnumerable<GeneratedFile> Files(ExtraInputs inputs)
    {
        var site = inputs.Graph.Content.Site;
        var available = inputs.Catalog.StaticFiles().ToHashSet(StringComparer.Ordinal);
        var manifest = new JsonObject
        {
            ["name"] = site.Title,
            ["short_name"] = ShortName(site.Title),
            ["description"] = site.Description ?? "",
            ["lang"] = site.Language,
            ["start_url"] = ".",
            ["scope"] = ".",
            ["display"] = "standalone",
            ["theme_color"] = ThemeColour,
            ["background_color"] = BackgroundColour,
            ["icons"] = new JsonArray(Icons.Where(i => available.Contains(i.File))
                .Select(i => (JsonNode)new JsonObject { ["src"] = "static/" + i.File, ["sizes"] = i.Sizes, ["type"] = i.Type, ["purpose"] = "any" })
                .ToArray()),
        };
        yield return new GeneratedFile(FileName, System.Text.Encoding.UTF8.GetBytes(manifest.ToJsonString(Json).Replace("\r\n", "\n") + "\n"));
    }

    public static string ShortName(string title)
    {
        title = title.Trim();
        if (title.Length <= 12) return title;
        var first = title.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        return first.Length <= 12 ? first : first[..12];
    }
}
