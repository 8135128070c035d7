using System.Runtime.CompilerServices;
using Trackside.Link;
using Trackside.Model;
using Trackside.Render.Pages;

namespace Trackside.Render.Map;

/// <summary>
/// The kinetic-chain map of the home page and of each region page (<c>site.chain_map_html</c>,
/// printed by <c>_chain_map.sbn</c>): laid out once per build, drawn per page with that page's
/// links and its own region marked.
/// </summary>
public static class ChainMap
{
    private static readonly ConditionalWeakTable<SiteGraph, ChainLayout> Layouts = new();

    /// <summary>Whether a page shows the map: the home page and region pages.</summary>
    public static bool Shows(PagePlan plan) => plan.Path == SitePaths.Home || plan.Template == ContentKind.Region.Noun();

    /// <summary>The map's SVG for a page, or "" for pages without a map (or sites without regions).</summary>
    public static string Html(SiteGraph graph, PagePlan plan, string root)
    {
        if (!Shows(plan)) return "";
        var current = plan.Template == ContentKind.Region.Noun() ? Path.GetFileNameWithoutExtension(plan.Path) : null;
        return ChainMapSvg.Render(Layouts.GetValue(graph, g => ChainLayout.Of(g.Content.Regions.Values)), root, current);
    }

    /// <summary>What the map shows, for the fingerprint of pages that show it: every region's id, title and connections.</summary>
    public static string Inputs(SiteGraph graph) =>
        Diagnostics.Fingerprint.Of(graph.Content.Regions.Values.OrderBy(r => r.Id, StringComparer.Ordinal)
            .Select(r => $"{r.Id}|{r.Title}|{string.Join(',', r.Connects.Select(c => c.Id))}"));
}
