using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using Trackside.Model;
using Trackside.Schema;
using Trackside.Tests.Support;
using Trackside.Validate;

namespace Trackside.Tests.Schema;

/// <summary>
/// The schemas committed in schemas/ are exactly what <see cref="JsonSchemaWriter"/> writes from the field
/// tables (UPDATE_GOLDEN=1 rewrites them for review), and the editor settings point at them.
/// </summary>
public sealed class SchemaFilesTests
{
    private static string SchemaFolder => Path.Combine(RepoPaths.Root, "schemas");

    public static TheoryData<string> Kinds() => new(JsonSchemaWriter.Kinds.Select(k => k.Noun()));

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Committed_schema_is_what_the_field_tables_give(string noun)
    {
        var kind = Enum.Parse<ContentKind>(noun, ignoreCase: true);
        Golden.Compare(Path.Combine(SchemaFolder, JsonSchemaWriter.FileName(kind)), JsonSchemaWriter.Write(kind));
    }

    [Fact]
    public void Schemas_folder_holds_no_stale_files()
    {
        var expected = JsonSchemaWriter.Kinds.Select(JsonSchemaWriter.FileName).Order(StringComparer.Ordinal);
        var actual = Directory.EnumerateFiles(SchemaFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Schema_is_valid_draft_2020_12(string noun)
    {
        var kind = Enum.Parse<ContentKind>(noun, ignoreCase: true);
        var schema = JsonSerializer.SerializeToElement(JsonSchemaWriter.Schema(kind));
        var result = MetaSchemas.Draft202012.Evaluate(schema, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public void Schema_command_writes_the_files_into_schemas_of_the_source_folder()
    {
        using var site = FixtureSite.Create();
        var run = FixtureSite.Run(["schema", "--source", site.Source]);
        Assert.Equal(0, run.ExitCode);
        foreach (var (name, text) in JsonSchemaWriter.Files())
            Assert.Equal(text, File.ReadAllText(Path.Combine(site.Source, "schemas", name)));
    }

    [Fact]
    public void Schema_command_writes_to_output_without_a_site()
    {
        using var site = FixtureSite.Create();
        var target = Path.Combine(site.Root, "elsewhere", "schemas");
        var run = FixtureSite.Run(["schema", "--output", target, "--source", Path.Combine(site.Root, "missing")]);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(JsonSchemaWriter.Kinds.Count, Directory.GetFiles(target, "*.schema.json").Length);
    }

    [Fact]
    public void Schema_command_without_output_needs_a_site_folder()
    {
        using var site = FixtureSite.Create();
        var run = FixtureSite.Run(["schema", "--source", Path.Combine(site.Root, "missing")]);
        Assert.Equal(2, run.ExitCode);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "missing")));
    }

    // The writer spells the id rule for ECMAScript; it must be the rule IdRules applies.
    [Fact]
    public void Id_rule_is_the_validators()
    {
        var idPattern = (Regex)typeof(IdRules).GetMethod("IdPattern", BindingFlags.NonPublic | BindingFlags.Static)!.Invoke(null, null)!;
        var reserved = (IEnumerable<string>)typeof(IdRules).GetField("ReservedNames", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
        Assert.Equal(JsonSchemaWriter.IdPattern, idPattern.ToString());
        Assert.Equal(JsonSchemaWriter.IdMaxLength, IdRules.MaxLength);
        Assert.Equal(reserved.Order(StringComparer.Ordinal), JsonSchemaWriter.ReservedIds.Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// Scaffolded files carry a modeline such as <c># yaml-language-server: $schema=../../schemas/exercise.schema.json</c>:
    /// from each kind's folder, that relative path must reach the committed file.
    /// </summary>
    [Theory]
    [MemberData(nameof(Kinds))]
    public void Modeline_path_from_the_kinds_folder_reaches_the_schema(string noun)
    {
        var kind = Enum.Parse<ContentKind>(noun, ignoreCase: true);
        var folder = kind == ContentKind.Site ? "content" : kind.SourceFolder();
        var up = string.Concat(Enumerable.Repeat("../", folder.Split('/').Length));
        Assert.True(File.Exists(Path.GetFullPath(Path.Combine(RepoPaths.Root, folder, up + "schemas/" + JsonSchemaWriter.FileName(kind)))));
    }

    [Fact]
    public void Editor_settings_map_every_yaml_kind_to_its_schema()
    {
        var settings = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, ".vscode", "settings.json")))!;
        var schemas = settings["yaml.schemas"]!.AsObject();
        foreach (var kind in JsonSchemaWriter.Kinds.Where(k => k != ContentKind.Explanation)) // front matter: see the README
        {
            var glob = kind == ContentKind.Site ? "content/site.yaml" : $"{kind.SourceFolder()}/*.yaml";
            var entry = schemas[$"./schemas/{JsonSchemaWriter.FileName(kind)}"];
            Assert.NotNull(entry);
            Assert.Contains(glob, entry.AsArray().Select(g => g!.GetValue<string>()));
        }
        var recommended = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, ".vscode", "extensions.json")))!["recommendations"]!.AsArray();
        Assert.Contains("redhat.vscode-yaml", recommended.Select(r => r!.GetValue<string>()));
    }
}
