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

/// <summary>One generated file: its path in the site and its bytes.</summary>
public sealed record GeneratedFile(string Path, byte[] Content);
