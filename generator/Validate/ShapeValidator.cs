using System.Globalization;
using Trackside.Diagnostics;
using Trackside.Load;
using Trackside.Schema;

namespace Trackside.Validate;

/// <summary>
/// Checks a YAML tree against its <see cref="BlockSpec"/>: unknown fields (with the nearest known one),
/// missing and empty required fields, wrong forms, allowed words, numbers, dates and web addresses.
/// Reports every problem in the tree, not just the first.
/// </summary>
public sealed class ShapeValidator(DiagnosticBag diagnostics)
{
    public void Check(DocMap map, BlockSpec spec)
    {
        // Loops by index here and below: a foreach over an IReadOnlyList allocates an enumerator, for every block and list of every file.
        HashSet<string>? misspelt = null; // made only for a block with an unknown field: most have none
        for (var i = 0; i < map.Fields.Count; i++)
        {
            var field = map.Fields[i];
            var fieldSpec = spec.Find(field.Key.Value);
            if (fieldSpec is null) ReportUnknown(field.Key, spec, misspelt ??= new HashSet<string>(StringComparer.Ordinal));
            else CheckValue(field.Value, fieldSpec, spec);
        }
        // A required field that is only misspelt has been reported once already, as unknown.
        for (var i = 0; i < spec.Fields.Count; i++)
        {
            var required = spec.Fields[i];
            if (!required.Required || map.Find(required.Key) is not null || misspelt?.Contains(required.Key) == true) continue;
            diagnostics.Error(Codes.MissingField, map.Span with { Length = 0 },
                $"{Words.A(spec.Name)} needs a `{required.Key}` field",
                $"add a line `{required.Key}: ...` ({Words.LowerFirst(required.Description).TrimEnd('.')})");
        }
    }

    private void ReportUnknown(DocScalar key, BlockSpec spec, HashSet<string> misspelt)
    {
        var nearest = Suggest.Nearest(key.Value, spec.Keys);
        if (nearest.Count > 0) misspelt.Add(nearest[0]);
        var hint = Suggest.DidYouMean(key.Value, spec.Keys)
            ?? $"the fields of {Words.A(spec.Name)} are: {string.Join(", ", spec.Keys)}";
        diagnostics.Error(Codes.UnknownField, key.Span, $"unknown field `{key.Value}` in {Words.A(spec.Name)}", hint);
    }

    private void CheckValue(DocNode node, FieldSpec field, BlockSpec parent)
    {
        if (node is DocScalar { Value: "", IsPlain: true } empty)
        {
            if (field.Required)
                diagnostics.Error(Codes.EmptyValue, empty.Span, $"the field `{field.Key}` is empty",
                    $"fill it in: {Words.LowerFirst(field.Description).TrimEnd('.')}");
            return;
        }

        switch (field.Shape)
        {
            case FieldShape.Text or FieldShape.Markdown or FieldShape.ItemRef:
                Scalar(node, field);
                break;
            case FieldShape.Count:
                if (Scalar(node, field) is { } count && (!int.TryParse(count.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1))
                    diagnostics.Error(Codes.WrongType, count.Span, $"`{field.Key}` must be a whole number of at least 1, not `{count.Value}`", $"write e.g. `{field.Key}: 3`");
                break;
            case FieldShape.Date:
                if (Scalar(node, field) is { } date && !DateOnly.TryParseExact(date.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                    diagnostics.Error(Codes.WrongType, date.Span, $"`{field.Key}` must be a date written YYYY-MM-DD, not `{date.Value}`", $"write e.g. `{field.Key}: 2024-03-01`");
                break;
            case FieldShape.Url:
                if (Scalar(node, field) is { } url && !IsWebAddress(url.Value))
                    diagnostics.Error(Codes.WrongType, url.Span, $"`{field.Key}` must be a web address starting with https:// or http://", $"write e.g. `{field.Key}: https://example.org/`");
                break;
            case FieldShape.Choice:
                if (Scalar(node, field) is { } choice && !field.Choices.Contains(choice.Value))
                    diagnostics.Error(Codes.InvalidValue, choice.Span,
                        $"`{choice.Value}` is not a valid {field.Key}; use one of: {string.Join(", ", field.Choices)}",
                        Suggest.DidYouMean(choice.Value, field.Choices));
                break;
            case FieldShape.ItemRefList or FieldShape.TextList or FieldShape.MarkdownList:
                for (var (items, i) = (List(node, field, parent), 0); i < items.Count; i++) Scalar(items[i], field);
                break;
            case FieldShape.ClaimRefList:
                for (var (items, i) = (List(node, field, parent), 0); i < items.Count; i++)
                    if (Scalar(items[i], field) is { } claim && FieldReader.ClaimSlash(claim.Value) < 0)
                        diagnostics.Error(Codes.WrongType, claim.Span, $"a citation is written `source-id/claim-id`, not `{claim.Value}`", "e.g. `dea-2021/recurrence-rate`");
                break;
            case FieldShape.Block:
                if (Map(node, field) is { } block) Check(block, field.Block!);
                break;
            case FieldShape.BlockList:
                for (var (items, i) = (List(node, field, parent), 0); i < items.Count; i++)
                    if (Map(items[i], field) is { } entry) Check(entry, field.Block!);
                break;
            case FieldShape.ValueOrBlockList:
                for (var (items, i) = (List(node, field, parent), 0); i < items.Count; i++)
                    if (items[i] is DocMap entry) Check(entry, field.Block!);
                    else Scalar(items[i], field);
                break;
            case FieldShape.BlockMap:
                if (Map(node, field) is not { } map) break;
                if (map.Fields.Count == 0 && field.Required)
                    diagnostics.Error(Codes.EmptyValue, map.Span, $"`{field.Key}` has no entries");
                for (var i = 0; i < map.Fields.Count; i++)
                {
                    var entry = map.Fields[i];
                    IdRules.CheckFormat(entry.Key.Value, entry.Key.Span, field.Block!.Name, diagnostics);
                    if (Map(entry.Value, field) is { } claim) Check(claim, field.Block!);
                }
                break;
        }
    }

    private DocScalar? Scalar(DocNode node, FieldSpec field)
    {
        if (node is DocScalar scalar) return scalar;
        diagnostics.Error(Codes.WrongType, node.Span, $"`{field.Key}` should be a single value, but it is {node.KindName}",
            field.Example is null ? null : $"write e.g. `{field.Key}: {field.Example}`");
        return null;
    }

    private IReadOnlyList<DocNode> List(DocNode node, FieldSpec field, BlockSpec parent)
    {
        if (node is DocList list)
        {
            if (list.Items.Count == 0 && field.Required)
                diagnostics.Error(Codes.EmptyValue, list.Span, $"{Words.A(parent.Name)} needs at least one entry in `{field.Key}`");
            return list.Items;
        }
        diagnostics.Error(Codes.WrongType, node.Span, $"`{field.Key}` should be a list, but it is {node.KindName}",
            $"write a list, one `- entry` per line, or in brackets: `{field.Key}: [first, second]`");
        return [];
    }

    private DocMap? Map(DocNode node, FieldSpec field)
    {
        if (node is DocMap map) return map;
        diagnostics.Error(Codes.WrongType, node.Span, $"`{field.Key}` should be a block of fields, but it is {node.KindName}",
            $"put its fields on the lines below `{field.Key}:`, indented by two spaces");
        return null;
    }

    private static bool IsWebAddress(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
