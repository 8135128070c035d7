using System.Text;
using Trackside.Model;
using Trackside.Schema;

namespace Trackside.Scaffold;

/// <summary>
/// The starter file of each kind: every field of its table in order, with its description as a
/// comment, required fields filled with placeholders that validate, optional ones as commented examples.
/// </summary>
public static class StarterFiles
{
    /// <summary>The kinds <c>new</c> creates, in the order the help lists them.</summary>
    public static IReadOnlyList<ContentKind> Kinds { get; } =
        [ContentKind.Exercise, ContentKind.Progression, ContentKind.Explanation, ContentKind.Region, ContentKind.Source];

    /// <summary>Where the new file goes, relative to the source folder, with '/'.</summary>
    public static string RelativePath(ContentKind kind, string id) => $"{kind.SourceFolder()}/{id}{kind.FileExtension()}";

    /// <summary>
    /// The first line of a YAML file: tells editors with the YAML language server which JSON Schema
    /// (<c>schemas/KIND.schema.json</c> at the site root) checks and completes it. Null for explanations,
    /// whose front matter editors do not check against a modeline.
    /// </summary>
    public static string? SchemaModeline(ContentKind kind) => kind == ContentKind.Explanation
        ? null
        : "# yaml-language-server: $schema="
          + string.Concat(Enumerable.Repeat("../", kind.SourceFolder().Split('/').Length))
          + $"schemas/{kind.Noun()}.schema.json";

    public static string Text(ContentKind kind, StarterContext context)
    {
        var spec = ContentSchemas.For(kind);
        var fields = new FieldLines(new FieldExamples(context));
        var text = new StringBuilder();
        void Line(string line) => text.Append(line).Append('\n');

        if (kind == ContentKind.Explanation) Line("---");
        else Line(SchemaModeline(kind)!);
        Line($"# A new {kind.Noun()}. Its id is its file name, `{context.Id}`; its page will be {Render.SitePaths.Item(kind, context.Id)}.");
        if (kind == ContentKind.Explanation)
            Line("# The fields go here, between the two '---' lines; the text of the page, in Markdown, goes below them.");
        Line("# Replace each TODO. Optional fields are commented out: delete the \"# \" in front of one to use it.");
        Line("# Then run `check` or `build`. The README lists every field.");
        foreach (var field in spec.Fields)
        {
            Line("");
            Line("# " + (field.Required ? "" : "Optional. ") + field.Description);
            foreach (var line in fields.TopLevel(spec, field)) Line(line);
        }
        if (kind == ContentKind.Explanation)
        {
            Line("---");
            Line("TODO write the explanation here, in Markdown: short paragraphs, lists, and `## Headings`");
            Line("that other pages can link to. Link to a page with `[text](exercise:ID)` and cite a figure");
            Line("with `[figure](source:SOURCE/CLAIM)`.");
        }
        return text.ToString();
    }
}
