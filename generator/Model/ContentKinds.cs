namespace Trackside.Model;

/// <summary>Names and places of each kind of content, spelt once.</summary>
public static class ContentKinds
{
    /// <summary>The item kinds, in the order the site lists them.</summary>
    public static IReadOnlyList<ContentKind> Items { get; } =
        [ContentKind.Progression, ContentKind.Exercise, ContentKind.Explanation, ContentKind.Region, ContentKind.Source];

    private static readonly int[] Places = Enum.GetValues<ContentKind>().Select(k => Items.ToList().IndexOf(k)).ToArray();

    /// <summary>The kind's place in <see cref="Items"/>, the order the site lists kinds in (-1 for the site settings).</summary>
    public static int Place(this ContentKind kind) => Places[(int)kind];

    // Spelt once per kind: every link on every page asks for them, and Enum.ToString plus lowering
    // and concatenating made new strings each time.
    private static readonly string[] Nouns = Enum.GetValues<ContentKind>().Select(k => k.ToString().ToLowerInvariant()).ToArray();
    private static readonly string[] Folders = Nouns.Select(noun => noun + "s").ToArray();

    /// <summary>The word a coach uses: "exercise", also the link scheme (<c>exercise:ID</c>).</summary>
    public static string Noun(this ContentKind kind) => Nouns[(int)kind];

    /// <summary>The folder of pages on the site and of files in <c>content/</c>: "exercises".</summary>
    public static string Folder(this ContentKind kind) => Folders[(int)kind];

    /// <summary>Where the files of a kind live, relative to the source folder.</summary>
    public static string SourceFolder(this ContentKind kind) =>
        kind == ContentKind.Source ? "seeds" : "content/" + kind.Folder();

    public static string FileExtension(this ContentKind kind) => kind == ContentKind.Explanation ? ".md" : ".yaml";

    public static ContentKind? FromNoun(string noun) =>
        Items.Cast<ContentKind?>().FirstOrDefault(k => k!.Value.Noun() == noun);
}
