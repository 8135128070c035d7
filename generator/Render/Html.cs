using System.Net;

namespace Trackside.Render;

/// <summary>
/// Escaping at the model boundary: every text a template receives has been through here (or is
/// Markdown rendered with raw HTML off), so a template cannot forget to escape content.
/// </summary>
public static class Html
{
    /// <summary>Safe inside element text and quoted attribute values.</summary>
    public static string Escape(string? text) => WebUtility.HtmlEncode(text ?? "");
}
