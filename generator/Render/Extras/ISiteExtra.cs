using Trackside.Link;

namespace Trackside.Render.Extras;

/// <summary>
/// Files a site needs besides its pages and static files: a sitemap, a feed, a search index, a
/// service worker. Asked on every build; an instance lives as long as its build session, so it may
/// keep what it made last time and redo only what the edit changed. Unchanged bytes are not rewritten.
/// </summary>
public interface ISiteExtra
{
    IEnumerable<GeneratedFile> Files(ExtraInputs inputs);
}

/// <summary>
/// What an extra is made from: the site graph, the templates, the content's assets (site path and
/// bytes, read once by the writer) and the files the extras before it made, in their order.
/// </summary>
public sealed record ExtraInputs(SiteGraph Graph, TemplateCatalog Catalog, IReadOnlyList<GeneratedFile> Assets, IReadOnlyList<GeneratedFile> Earlier);

/// <summary>
/// One generated file: its path in the site and its bytes, never changed once made (so a hash of
/// them can be kept with the array). <paramref name="OnDemand"/> marks a piece that pages fetch only
/// when needed (a search index pack): the offline copy takes those within a byte budget, so a huge
/// site does not cost a phone megabytes on every rebuild.
/// </summary>
public sealed record GeneratedFile(string Path, byte[] Content, bool OnDemand = false);
