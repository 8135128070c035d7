using System.Text;
using Trackside.Model;

namespace Trackside.Schema;

/// <summary>Writes the field reference of every content file kind as Markdown, from the same tables the validator reads.</summary>
public static class FieldReference
{
    private static readonly (string Heading, string File, BlockSpec Spec)[] Files =
    [
        ("Site settings", "content/site.yaml", ContentSchemas.Site),
        ("Exercise", "content/exercises/ID.yaml", ContentSchemas.Exercise),
        ("Progression", "content/progressions/ID.yaml", ContentSchemas.Progression),
        ("Explanation", "content/explanations/ID.md (front matter)", ContentSchemas.Explanation),
        ("Region", "content/regions/ID.yaml", ContentSchemas.Region),
        ("Source", "seeds/ID.yaml", ContentSchemas.Source),
    ];

    public static string Markdown()
    {
        var text = new StringBuilder();
        var nested = new List<BlockSpec>();
        foreach (var (heading, file, spec) in Files)
        {
            text.Append($"#### {heading}: `{file}`\n\n");
            Table(text, spec, nested);
        }
        foreach (var block in nested.Distinct())
        {
            text.Append($"#### Inside {("aeiou".Contains(block.Name[0]) ? "an" : "a")} {block.Name}\n\n");
            Table(text, block, nested: null);
        }
        return text.ToString();
    }

    private static void Table(StringBuilder text, BlockSpec spec, List<BlockSpec>? nested)
    {
        text.Append("| field | required | form | meaning |\n|---|---|---|---|\n");
        foreach (var field in spec.Fields)
        {
            text.Append($"| `{field.Key}` | {(field.Required ? "yes" : "")} | {Form(field)} | {field.Description} |\n");
            if (field.Block is { } block && nested is not null && !nested.Contains(block)) nested.Add(block);
        }
        text.Append('\n');
    }

    private static string Form(FieldSpec field) => field.Shape switch
    {
        FieldShape.Text => "text",
        FieldShape.Markdown => "Markdown",
        FieldShape.Count => "whole number",
        FieldShape.Date => "date YYYY-MM-DD",
        FieldShape.Url => "web address",
        FieldShape.Choice => "one of " + string.Join(", ", field.Choices.Select(c => $"`{c}`")),
        FieldShape.ItemRef => $"{field.RefKind!.Value.Noun()} id",
        FieldShape.ItemRefList => $"list of {field.RefKind!.Value.Noun()} ids",
        FieldShape.TextList => "list of text",
        FieldShape.MarkdownList => "list of Markdown",
        FieldShape.ClaimRefList => "list of `source/claim`",
        FieldShape.Block => $"{field.Block!.Name} block",
        FieldShape.BlockList => $"list of {field.Block!.Name} blocks",
        FieldShape.ValueOrBlockList => $"list of {(field.RefKind is { } kind ? kind.Noun() + " ids" : "text")} or {field.Block!.Name} blocks",
        FieldShape.BlockMap => $"{field.Block!.Name} blocks by id",
        _ => field.Shape.ToString(),
    };
}
