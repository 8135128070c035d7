using System.Text.RegularExpressions;
using Trackside.Diagnostics;

namespace Trackside.Validate;

/// <summary>Ids become file names and URLs: lowercase letters, digits and single hyphens only.</summary>
public static partial class IdRules
{
    public const int MaxLength = 80;

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    public static bool IsValid(string id) => id.Length <= MaxLength && IdPattern().IsMatch(id);

    /// <summary>Reports an invalid id, with the id it probably should have been as a hint.</summary>
    public static bool CheckFormat(string id, Diagnostics.SourceSpan span, string what, DiagnosticBag diagnostics)
    {
        if (IsValid(id)) return true;
        var message = id.Length > MaxLength
            ? $"the {what} id is {id.Length} characters long; the limit is {MaxLength}"
            : $"`{Shorten(id)}` is not a valid {what} id: use lowercase a-z, 0-9 and '-' only";
        var fixedId = Slug(id);
        diagnostics.Error(Codes.InvalidId, span, message, fixedId.Length > 0 && fixedId != id ? $"use `{fixedId}`" : null);
        return false;
    }

    /// <summary>The nearest valid id: lowercase, other characters turned into single hyphens.</summary>
    public static string Slug(string text)
    {
        var slug = NonIdRun().Replace(text.Trim().ToLowerInvariant(), "-").Trim('-');
        return slug.Length > MaxLength ? slug[..MaxLength].TrimEnd('-') : slug;
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonIdRun();

    private static string Shorten(string id) => id.Length > 60 ? id[..60] + "…" : id;
}
