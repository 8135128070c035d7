using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Trackside.Tests.Schema;

/// <summary>
/// Turns one YAML document into JSON the way a YAML 1.2 editor (yaml-language-server, core schema)
/// does before checking it against a schema: unquoted <c>12</c>, <c>1.5</c>, <c>true</c> and <c>null</c>/<c>~</c>/
/// nothing are typed; every other scalar, quoted scalars and dates like <c>2024-05-01</c> included, is a string.
/// Remembers the lines each JSON pointer came from, so a schema error can be matched with the generator's.
/// </summary>
public sealed partial class YamlJson
{
    private readonly Dictionary<string, HashSet<int>> _lines = new(StringComparer.Ordinal);
    private readonly int _lineOffset;

    private YamlJson(int lineOffset) => _lineOffset = lineOffset;

    public JsonNode? Root { get; private set; }

    /// <summary>The file lines (1-based) of the key and of the value at a JSON pointer such as <c>/dose/sets</c>.</summary>
    public IReadOnlySet<int> LinesOf(string pointer) => _lines.TryGetValue(pointer, out var lines) ? lines : new HashSet<int>();

    /// <param name="lineOffset">Lines above the YAML in its file: 1 for front matter below an opening <c>---</c>.</param>
    public static YamlJson Parse(string yaml, int lineOffset = 0)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var result = new YamlJson(lineOffset);
        result.Root = stream.Documents.Count == 0 ? null : result.Convert(stream.Documents[0].RootNode, "");
        return result;
    }

    private JsonNode? Convert(YamlNode node, string pointer)
    {
        Remember(pointer, node.Start);
        switch (node)
        {
            case YamlMappingNode map:
                var obj = new JsonObject();
                foreach (var (keyNode, valueNode) in map.Children)
                {
                    var key = ((YamlScalarNode)keyNode).Value ?? "";
                    var child = $"{pointer}/{key.Replace("~", "~0").Replace("/", "~1")}";
                    Remember(child, keyNode.Start);
                    obj[key] = Convert(valueNode, child);
                }
                return obj;
            case YamlSequenceNode list:
                var array = new JsonArray();
                foreach (var item in list.Children) array.Add(Convert(item, $"{pointer}/{array.Count}"));
                return array;
            case YamlScalarNode scalar:
                return scalar.Style == ScalarStyle.Plain ? Plain(scalar.Value ?? "") : JsonValue.Create(scalar.Value ?? "");
            default:
                throw new InvalidOperationException($"unexpected YAML node {node.NodeType}");
        }
    }

    // The YAML 1.2 core schema's tags for plain scalars (https://yaml.org/spec/1.2.2/#1032-tag-resolution).
    private static JsonNode? Plain(string text)
    {
        if (NullPattern().IsMatch(text)) return null;
        if (BoolPattern().IsMatch(text)) return JsonValue.Create(text.Equals("true", StringComparison.OrdinalIgnoreCase));
        if (IntPattern().IsMatch(text)) return Number(text);
        if (text.StartsWith("0x") && HexPattern().IsMatch(text)) return Number(ulong.Parse(text[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
        if (text.StartsWith("0o") && OctalPattern().IsMatch(text)) return JsonValue.Create(System.Convert.ToInt64(text[2..], 8));
        if (FloatPattern().IsMatch(text)) return Number(text);
        // .inf and .nan are numbers to the editor but have no JSON form; as strings they meet the same verdict
        // from every schema here (a text field takes both, a whole-number field neither).
        return JsonValue.Create(text);
    }

    private static JsonValue Number(string text) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact)
            ? JsonValue.Create(exact)
            : JsonValue.Create(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));

    private void Remember(string pointer, Mark mark)
    {
        if (!_lines.TryGetValue(pointer, out var lines)) _lines[pointer] = lines = [];
        lines.Add((int)mark.Line + _lineOffset);
    }

    [GeneratedRegex("^(~|null|Null|NULL|)$")]
    private static partial Regex NullPattern();

    [GeneratedRegex("^(true|True|TRUE|false|False|FALSE)$")]
    private static partial Regex BoolPattern();

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex IntPattern();

    [GeneratedRegex("^0x[0-9a-fA-F]+$")]
    private static partial Regex HexPattern();

    [GeneratedRegex("^0o[0-7]+$")]
    private static partial Regex OctalPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();
}
