namespace Trackside.Render;

/// <summary>Display words for the fixed vocabulary of the content model.</summary>
public static class Labels
{
    /// <summary>"1 item", "3 items".</summary>
    public static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    public static string Capitalise(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..].Replace('_', ' ');

    /// <summary>Category pages are about many exercises: "Screens", "Mobility", ...</summary>
    public static string Category(string category) => category switch
    {
        "screen" => "Screens",
        "running" => "Running drills",
        _ => Capitalise(category),
    };
}
