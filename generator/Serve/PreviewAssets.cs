using Trackside.Build;

namespace Trackside.Serve;

/// <summary>What the preview adds to each page: the reload script and, after a failed build, the error overlay.</summary>
public static class PreviewAssets
{
    // The page's version rides on the script's URL, so a rebuild that finished before the event
    // stream connected still triggers a reload. Loaded from the same origin: the site's CSP allows it.
    public const string ReloadScript = """
        (() => {
          const loaded = new URL(document.currentScript.src).searchParams.get("v");
          const events = new EventSource("/__trackside/events");
          events.onmessage = (e) => { if (e.data !== loaded) location.reload(); };
        })();
        """;

    public const string OverlayStyle = """
        .trackside-overlay { position: fixed; inset: 0; z-index: 2147483647; overflow: auto; padding: 1.5rem;
          background: rgba(20, 20, 24, .96); color: #f3f3f3; font: 15px/1.5 system-ui, sans-serif; }
        .trackside-overlay h2 { color: #ffb4a8; margin-top: 0; }
        .trackside-overlay pre { white-space: pre-wrap; background: #000; padding: .75rem; border-left: 4px solid #ff6b57; }
        .trackside-overlay pre.warning { border-left-color: #f5c451; }
        .trackside-overlay pre.summary { border-left-color: #8ab4f8; }
        """;

    public static string Inject(string html, int version, BuildResult? failure)
    {
        var head = $"<script src=\"/__trackside/reload.js?v={version}\" defer></script>" +
                   (failure is null ? "" : "<link rel=\"stylesheet\" href=\"/__trackside/overlay.css\">");
        html = InsertBefore(html, "</head>", head);
        return failure is null ? html : InsertAfterBodyTag(html, ErrorOverlay.Html(failure));
    }

    private static string InsertBefore(string html, string marker, string text)
    {
        var at = html.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? text + html : html.Insert(at, text);
    }

    private static string InsertAfterBodyTag(string html, string text)
    {
        var body = html.IndexOf("<body", StringComparison.OrdinalIgnoreCase);
        var end = body < 0 ? -1 : html.IndexOf('>', body);
        return end < 0 ? html + text : html.Insert(end + 1, text);
    }
}
