using System.Text.RegularExpressions;
using Trackside.Diagnostics;

namespace Trackside.Validate;

/// <summary>Ids become file names and URLs: lowercase letters, digits and single hyphens only.</summary>
public static partial class IdRules
{
    public const int MaxLength = 80;

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    // Names Windows reserves for devices: a file with one of them cannot be checked out or served there.
    private static readonly HashSet<string> ReservedNames = new(StringComparer.Ordinal)
    {
        "con", "prn", "aux", "nul",
        "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    };

    public static bool IsValid(string id) => id.Length <= MaxLength && IdPattern().IsMatch(id) && !IsDeviceName(id);

    public static bool IsDeviceName(string name) => ReservedNames.Contains(name);

    /// <summary>Reports an invalid id, with the id it probably should have been as a hint.</summary>
    public static bool CheckFormat(string id, Diagnostics.SourceSpan span, string what, DiagnosticBag diagnostics)
    {
        if (IsValid(id)) return true;
        var message = id.Length > MaxLength ? $"the {what} id is {id.Length} characters long; the limit is {MaxLength}"
            : ReservedNames.Contains(id) ? $"`{id}` cannot be used as an id: Windows reserves it for a device"
            : $"`{Shorten(id)}` is not a valid {what} id: use lowercase a-z, 0-9 and '-' only";
        var fixedId = Slug(id);
        if (IsDeviceName(fixedId)) fixedId = $"{fixedId}-{what.Replace(' ', '-')}";
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
