namespace Trackside.Validate;

/// <summary>Small English helpers for messages.</summary>
internal static class Words
{
    public static string A(string noun) => noun.Length > 0 && "aeiou".Contains(noun[0]) ? $"an {noun}" : $"a {noun}";

    public static string LowerFirst(string s) => s.Length == 0 ? s : char.ToLowerInvariant(s[0]) + s[1..];
}
