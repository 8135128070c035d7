using Trackside.Link;

namespace Trackside.Render.Extras;

/// <summary>
/// <c>robots.txt</c>: every page may be crawled; with a <c>base_url</c>, it names the sitemap.
/// Crawlers read it only at the root of a host, so it takes effect when the site is published there
/// (for a site in a folder, copy its Sitemap line into the host's own robots.txt).
/// </summary>
public sealed class RobotsExtra : ISiteExtra
{
    public const string FileName = "robots.txt";

    public IEnumerable<GeneratedFile> Files(ExtraInputs inputs)
    {
        var text = "User-agent: *\nAllow: /\n";
        if (SiteUrl.Of(inputs.Graph.Content.Site, SitemapExtra.FileName) is { } sitemap) text += $"\nSitemap: {sitemap}\n";
        yield return new GeneratedFile(FileName, System.Text.Encoding.UTF8.GetBytes(text));
    }
}
