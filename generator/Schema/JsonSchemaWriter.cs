using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Trackside.Model;
using Trackside.Validate;

namespace Trackside.Schema;

/// <summary>
/// Writes a JSON Schema (draft 2020-12) for each kind of content file from the field tables the
/// validator reads, so an editor (the YAML language server) flags as you type what <c>check</c> would.
/// Values are described as a YAML 1.2 editor sees them: <c>reps: 12</c> is a number and <c>key:</c>
/// with nothing after it is null, so text fields take any single value and optional fields take null.
/// Apart from <c>$defs</c> (which older editors reach through its JSON pointer), only keywords that mean
/// the same in draft-07 are used, for editors that know no newer draft.
/// </summary>
public static class JsonSchemaWriter
{
    public const string BaseUri = "https://trackside.example/schemas/";

    /// <summary>The id rule of <c>Validate.IdRules</c>, in the ECMAScript form schemas use; a test keeps the two equal.</summary>
    public const string IdPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    public const int IdMaxLength = 80;

    /// <summary>Names Windows keeps for devices, refused as ids (<c>Validate.IdRules</c>); a test keeps the two equal.</summary>
    public static IReadOnlyList<string> ReservedIds { get; } =
    [
        "con", "prn", "aux", "nul",
        "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    ];

    private static readonly string IdBody = IdPattern.TrimStart('^').TrimEnd('$');

    /// <summary>The kinds with a schema: every file kind, in the order of <see cref="ContentKind"/>.</summary>
    public static IReadOnlyList<ContentKind> Kinds { get; } = Enum.GetValues<ContentKind>();

    public static string FileName(ContentKind kind) => $"{kind.Noun()}.schema.json";

    /// <summary>Where files of the kind live, as the schema's description says it.</summary>
    public static string FilePattern(ContentKind kind) => kind switch
    {
        ContentKind.Site => "content/site.yaml",
        ContentKind.Explanation => "the front matter of content/explanations/ID.md",
        _ => $"{kind.SourceFolder()}/ID{kind.FileExtension()}",
    };

    /// <summary>Every schema file: its name and its text (indented, with a final newline).</summary>
    public static IEnumerable<(string FileName, string Text)> Files() =>
        Kinds.Select(kind => (FileName(kind), Write(kind)));

    public static string Write(ContentKind kind) =>
        Schema(kind).ToJsonString(new JsonSerializerOptions
        {
            WriteIndented = true,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // a file for editors, never embedded in HTML
        }) + "\n";

    public static JsonObject Schema(ContentKind kind)
    {
        var spec = ContentSchemas.For(kind);
        var defs = new JsonObject();
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = BaseUri + FileName(kind),
            ["title"] = $"Trackside {spec.Name}",
            ["description"] = $"The fields of {FilePattern(kind)}. Written by `trackside schema` from the field tables the generator checks content with: do not edit by hand.",
        };
        AddBlock(root, spec, defs);
        if (defs.Count > 0) root["$defs"] = defs;
        return root;
    }

    // errorMessage and patternErrorMessage are the YAML language server's: its own messages would show the regex.
    private static JsonObject IdSchema() => new()
    {
        ["description"] = "An id: lowercase a-z, 0-9 and single '-' between them, as in file names.",
        ["errorMessage"] = "Not a valid id: ids use lowercase a-z, 0-9 and '-' only, at most 80 characters, and not a name Windows keeps for devices such as `con`.",
        ["type"] = "string",
        ["pattern"] = IdPattern,
        ["maxLength"] = IdMaxLength,
        ["not"] = new JsonObject { ["enum"] = new JsonArray([.. ReservedIds.Select(n => JsonValue.Create(n))]) },
    };

    /// <summary>The fields of a block, in table order; any other field is refused (V104).</summary>
    private static void AddBlock(JsonObject schema, BlockSpec spec, JsonObject defs)
    {
        var properties = new JsonObject();
        foreach (var field in spec.Fields) properties[field.Key] = Field(field, defs);
        schema["type"] = "object";
        schema["properties"] = properties;
        var required = spec.Fields.Where(f => f.Required).Select(f => JsonValue.Create(f.Key)).ToArray();
        if (required.Length > 0) schema["required"] = new JsonArray(required);
        schema["additionalProperties"] = false;
    }

    /// <summary>A <c>$ref</c> to the nested block's schema, adding it to <c>$defs</c> the first time.</summary>
    private static JsonObject Ref(BlockSpec block, JsonObject defs)
    {
        var name = block.Name.Replace(' ', '-');
        if (!defs.ContainsKey(name))
        {
            var schema = new JsonObject { ["title"] = Words.A(block.Name) };
            defs[name] = schema; // before its fields, so a block that holds itself refers to this one
            AddBlock(schema, block, defs);
        }
        return new JsonObject { ["$ref"] = $"#/$defs/{name}" };
    }

    private static JsonObject Field(FieldSpec field, JsonObject defs)
    {
        var value = Value(field, defs);
        // An empty required list or map is refused ("needs at least one entry"); an empty optional value is absent.
        if (field.Required && value["type"] is JsonValue type && type.GetValue<string>() == "array") value["minItems"] = 1;
        if (field.Required && field.Shape == FieldShape.BlockMap) value["minProperties"] = 1;
        if (!field.Required) value = Nullable(value);

        var schema = new JsonObject { ["title"] = Form(field), ["description"] = field.Description };
        if (field.Description.Contains('`')) schema["markdownDescription"] = field.Description; // shown as Markdown on hover
        foreach (var (key, node) in value.ToList())
        {
            value.Remove(key);
            schema[key] = node;
        }
        return schema;
    }

    private static JsonObject Value(FieldSpec field, JsonObject defs) => field.Shape switch
    {
        FieldShape.Text or FieldShape.Markdown => new() { ["type"] = ScalarTypes() },
        FieldShape.Count => new() { ["type"] = "integer", ["minimum"] = 1, ["maximum"] = int.MaxValue },
        FieldShape.Date => new() { ["type"] = "string", ["format"] = "date", ["pattern"] = @"^\d{4}-\d{2}-\d{2}$", ["patternErrorMessage"] = "Write the date as YYYY-MM-DD, e.g. 2024-03-01." },
        FieldShape.Url => new() { ["type"] = "string", ["format"] = "uri", ["pattern"] = "^https?://", ["patternErrorMessage"] = "Write a web address starting with https:// or http://." },
        FieldShape.Choice => new() { ["type"] = "string", ["enum"] = new JsonArray([.. field.Choices.Select(c => JsonValue.Create(c))]) },
        FieldShape.ItemRef => IdRef(defs),
        FieldShape.ItemRefList => ArrayOf(IdRef(defs)),
        FieldShape.TextList or FieldShape.MarkdownList => ArrayOf(new() { ["type"] = ScalarTypes() }),
        FieldShape.ClaimRefList => ArrayOf(new() { ["type"] = "string", ["pattern"] = $"^{IdBody}/{IdBody}$", ["patternErrorMessage"] = "A citation is written source-id/claim-id, e.g. dea-2021/recurrence-rate." }),
        FieldShape.Block => Ref(field.Block!, defs),
        FieldShape.BlockList => ArrayOf(Ref(field.Block!, defs)),
        FieldShape.ValueOrBlockList => ArrayOf(new()
        {
            ["anyOf"] = new JsonArray(field.RefKind is null ? new JsonObject { ["type"] = ScalarTypes() } : IdRef(defs), Ref(field.Block!, defs)),
        }),
        FieldShape.BlockMap => new()
        {
            ["type"] = "object",
            ["propertyNames"] = IdRef(defs),
            ["additionalProperties"] = Ref(field.Block!, defs),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(field), field.Shape, "no JSON Schema for this shape"),
    };

    /// <summary>Any single value: the generator reads <c>12</c>, <c>true</c> and <c>text</c> alike as text.</summary>
    private static JsonArray ScalarTypes() => ["string", "number", "boolean"];

    private static JsonObject IdRef(JsonObject defs)
    {
        if (!defs.ContainsKey("id")) defs["id"] = IdSchema();
        return new JsonObject { ["$ref"] = "#/$defs/id" };
    }

    private static JsonObject ArrayOf(JsonObject items) => new() { ["type"] = "array", ["items"] = items };

    /// <summary>Also accepts null, the value of <c>key:</c> with nothing after it.</summary>
    private static JsonObject Nullable(JsonObject value)
    {
        switch (value["type"])
        {
            case JsonArray types:
                types.Add("null");
                break;
            case JsonValue type:
                value["type"] = new JsonArray(type.GetValue<string>(), "null");
                break;
            default: // a $ref alone
                return new JsonObject { ["anyOf"] = new JsonArray(value, new JsonObject { ["type"] = "null" }) };
        }
        if (value["enum"] is JsonArray choices) choices.Add(null);
        return value;
    }

    /// <summary>A short name for the form of the value, shown as the title when hovering over a field.</summary>
    private static string Form(FieldSpec field) => (field.Required ? "required: " : "optional: ") + field.Shape switch
    {
        FieldShape.Text => "text",
        FieldShape.Markdown => "Markdown",
        FieldShape.Count => "whole number",
        FieldShape.Date => "date YYYY-MM-DD",
        FieldShape.Url => "web address",
        FieldShape.Choice => "one of " + string.Join(", ", field.Choices),
        FieldShape.ItemRef => $"{field.RefKind!.Value.Noun()} id",
        FieldShape.ItemRefList => $"list of {field.RefKind!.Value.Noun()} ids",
        FieldShape.TextList => "list of text",
        FieldShape.MarkdownList => "list of Markdown",
        FieldShape.ClaimRefList => "list of source-id/claim-id",
        FieldShape.Block => $"{field.Block!.Name} block",
        FieldShape.BlockList => $"list of {field.Block!.Name} blocks",
        FieldShape.ValueOrBlockList => $"list of {(field.RefKind is { } kind ? kind.Noun() + " ids" : "text")} or {field.Block!.Name} blocks",
        FieldShape.BlockMap => $"{field.Block!.Name} blocks by id",
        _ => field.Shape.ToString(),
    };
}
