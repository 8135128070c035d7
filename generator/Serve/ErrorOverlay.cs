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
        foreach (var diagnostic in failed.Diagnostics)
        {
            var text = new StringWriter();
            new DiagnosticTextWriter(text, failed.Sources).Write(diagnostic);
            var severity = diagnostic.Severity == Severity.Error ? "error" : "warning";
            html.Append($"<pre class=\"{severity}\">{WebUtility.HtmlEncode(text.ToString().TrimEnd())}</pre>");
        }
        var summary = new StringWriter();
        new DiagnosticTextWriter(summary, failed.Sources).WriteSummary(failed.Diagnostics.ToList());
        html.Append($"<p>{WebUtility.HtmlEncode(summary.ToString().Trim())}. Fix the file and save: this page reloads by itself.</p></div>");
        return html.ToString();
    }
}
