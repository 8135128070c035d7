namespace Trackside.Model;

/// <summary>The kinds of file a content tree holds. Each item kind has its folder and its page folder.</summary>
public enum ContentKind
{
    Site,
    Region,
    Exercise,
    Progression,
    Explanation,
    Source,
}
