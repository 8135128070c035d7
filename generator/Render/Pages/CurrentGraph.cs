using Trackside.Link;

namespace Trackside.Render.Pages;

/// <summary>
/// The site graph that page plans read: when planned, and again when a page's model is built for
/// rendering. A session keeps plans between builds and points this at each new graph, so a kept plan
/// draws from the latest site and never holds on to the graph of an older build.
/// </summary>
public sealed class CurrentGraph(SiteGraph graph)
{
    public SiteGraph Graph { get; set; } = graph;
}
