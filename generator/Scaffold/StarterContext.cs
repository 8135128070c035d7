namespace Trackside.Scaffold;

/// <summary>
/// What a starter file is written from: the new item's id and title, and ids that already exist in the
/// site, so that required links (an exercise's regions, a stage's exercises) name real items.
/// </summary>
/// <param name="Region">An existing region id, or null when the site has none.</param>
/// <param name="Exercise">An existing exercise id, or null when the site has none.</param>
/// <param name="Today">The date shown in the commented date examples.</param>
public sealed record StarterContext(string Id, string Title, string? Region, string? Exercise, DateOnly Today)
{
    /// <summary>The title a new item gets without <c>--title</c>: its id as words, e.g. "Calf raise".</summary>
    public static string TitleFromId(string id)
    {
        var words = id.Replace('-', ' ');
        return words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
    }
}
