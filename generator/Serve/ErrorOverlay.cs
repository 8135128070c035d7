using System.Net;
using System.Text;
using Trackside.Build;
using Trackside.Diagnostics;

namespace Trackside.Serve;

/// <summary>
/// The build errors as an HTML block laid over the last good page: the same text the terminal
/// shows (one diagnostic model, one text writer), escaped.
/// </summary>
public static class ErrorOverlay
{
    public static string Html(BuildResult failed)
    {
        var html = new StringBuilder("<div class=\"trackside-overlay\" role=\"alert\" aria-live=\"assertive\">");
        html.Append("<h2>The content has errors, so this preview shows the last good build</h2>");
        var text = new StringWriter();
        var writer = new DiagnosticTextWriter(text, failed.Sources);
        foreach (var diagnostic in failed.Diagnostics)
        {
            text.GetStringBuilder().Clear();
            writer.Write(diagnostic);
            html.Append($"<pre class=\"{DiagnosticTextWriter.SeverityWord(diagnostic)}\">{WebUtility.HtmlEncode(text.ToString().TrimEnd())}</pre>");
        }
        text.GetStringBuilder().Clear();
        writer.WriteSummary(failed.Diagnostics.ToList());
        html.Append($"<pre class=\"summary\">{WebUtility.HtmlEncode(text.ToString().TrimEnd())}</pre>");
        html.Append("<p>Fix the file and save: this page reloads by itself.</p></div>");
        return html.ToString();
    }
}
