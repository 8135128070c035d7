using Trackside.Model;

namespace Trackside.Render.Extras;

/// <summary>Absolute addresses of pages, made from <c>base_url</c> the same way as canonical links.</summary>
public static class SiteUrl
{
    /// <summary>The absolute address of a site path ("" is the home page), or null when the site has no <c>base_url</c>.</summary>
    public static string? Of(SiteSettings site, string path) =>
        site.BaseUrl is null ? null : site.BaseUrl.TrimEnd('/') + "/" + (path == SitePaths.Home ? "" : path);
}
