namespace Trackside.Model;

/// <summary>The site's sections, by the name a coach writes in <c>nav:</c>, with their link text.</summary>
public static class SiteSections
{
    public static IReadOnlyDictionary<string, string> Titles { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["home"] = "Home",
        ["progressions"] = "Progressions",
        ["exercises"] = "Exercises",
        ["explanations"] = "Explanations",
        ["regions"] = "Body regions",
        ["sources"] = "Sources",
        ["tags"] = "Tags",
    };
}
