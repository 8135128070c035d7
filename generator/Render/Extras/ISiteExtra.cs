using Trackside.Link;

namespace Trackside.Render.Extras;

/// <summary>
/// Files a site needs besides its pages and static files: a sitemap, a feed, a search index, a
/// service worker. Made from the whole site graph on every build; unchanged bytes are not rewritten.
/// </summary>
public interface ISiteExtra
{
    IEnumerable<GeneratedFile> Files(SiteGraph graph, TemplateCatalog catalog);
}

/// <summary>
/// One generated file: its path in the site and its bytes. <paramref name="OnDemand"/> marks a piece
/// that pages fetch only when needed (a search index pack): the offline copy takes those within a
/// byte budget, so a huge site does not cost a phone megabytes on every rebuild.
/// </summary>
public sealed record GeneratedFile(string Path, byte[] Content, bool OnDemand = false);
