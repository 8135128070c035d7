using Trackside.Model;
using Trackside.Schema;

namespace Trackside.Scaffold;

/// <summary>
/// Writes one field of a field table as YAML lines: the key and its value, nested blocks with their
/// own fields, and a short note after each nested field taken from its description. Optional fields
/// are commented out, so a coach uncomments what they need.
/// </summary>
public sealed class FieldLines(FieldExamples examples)
{
    // A line before rendering: its text (with indentation relative to the field) and the note after it.
    private sealed record Line(string Code, string? Note);

    private const int NoteColumn = 44;

    /// <summary>The lines of a top-level field; an optional field's lines are commented out.</summary>
    public IReadOnlyList<string> TopLevel(BlockSpec block, FieldSpec field)
    {
        var lines = Field(block, field, nested: false);
        return Render(field.Required ? lines : Comment(lines));
    }

    private List<Line> Field(BlockSpec block, FieldSpec field, bool nested)
    {
        var note = nested ? NestedNote(field) : TopLevelNote(field);
        switch (field.Shape)
        {
            case FieldShape.Block:
                return [new($"{field.Key}:", note), .. Indent(Body(field.Block!, live: field.Required), "  ")];
            case FieldShape.BlockList:
                return [new($"{field.Key}:", note), .. Indent(ListItem(Body(field.Block!, live: field.Required)), "  ")];
            case FieldShape.BlockMap:
                var (key, keyNote) = examples.EntryKey(field);
                return [new($"{field.Key}:", note), new($"  {key}:", keyNote), .. Indent(Body(field.Block!, live: field.Required), "    ")];
            default:
                var value = examples.For(block, field, nested);
                return [new($"{field.Key}: {value.Inline}".TrimEnd(), note), .. value.Below.Select(b => new Line(b, null))];
        }
    }

    // The fields of a nested block. Inside a live block optional fields are commented out; inside a
    // block that is itself commented out every field is shown, ready to uncomment with the block.
    private List<Line> Body(BlockSpec block, bool live)
    {
        var lines = new List<Line>();
        foreach (var field in RequiredFirstWhenNeeded(block))
        {
            var fieldLines = Field(block, field, nested: true);
            lines.AddRange(live && !field.Required ? Comment(fieldLines) : fieldLines);
        }
        return lines;
    }

    // A list item's first line carries the "- ", which must not sit on a commented-out line.
    private static IEnumerable<FieldSpec> RequiredFirstWhenNeeded(BlockSpec block) =>
        block.Fields.Count > 0 && !block.Fields[0].Required && block.Fields.FirstOrDefault(f => f.Required) is { } first
            ? [first, .. block.Fields.Where(f => f != first)]
            : block.Fields;

    private static List<Line> ListItem(List<Line> body) =>
        body.Select((line, i) => line with { Code = (i == 0 ? "- " : "  ") + line.Code }).ToList();

    private static List<Line> Indent(List<Line> lines, string indent) =>
        lines.Select(line => line with { Code = indent + line.Code }).ToList();

    private static List<Line> Comment(List<Line> lines) =>
        lines.Select(line => line with { Code = "# " + line.Code }).ToList();

    private static string? TopLevelNote(FieldSpec field) => field switch
    {
        { Shape: FieldShape.Choice } => string.Join(" | ", field.Choices),
        { RefKind: { } kind, Shape: FieldShape.ItemRef } => $"{kind.Noun()} id: a file name in {kind.SourceFolder()}/",
        { RefKind: { } kind } => $"{kind.Noun()} ids: file names in {kind.SourceFolder()}/",
        { Shape: FieldShape.ClaimRefList } => "source-id/claim-id: a claim in seeds/",
        _ => null,
    };

    private static string NestedNote(FieldSpec field) =>
        field.Shape == FieldShape.Choice ? $"{field.Description} One of: {string.Join(" | ", field.Choices)}." : field.Description;

    private static IReadOnlyList<string> Render(List<Line> lines)
    {
        var width = lines.Where(l => l.Note is not null).Select(l => l.Code.Length).DefaultIfEmpty(0).Max();
        var column = Math.Min(Math.Max(width + 2, 0), NoteColumn);
        return lines.Select(l => l.Note is null ? l.Code : l.Code.PadRight(Math.Max(column, l.Code.Length + 2)) + "# " + l.Note).ToList();
    }
}
