using System.Text.Json;
using System.Text.RegularExpressions;
using CsCheck;
using Json.Schema;
using Trackside.Diagnostics;
using Trackside.Load;
using Trackside.Model;
using Trackside.Scaffold;
using Trackside.Schema;
using Trackside.Tests.Schema;
using Trackside.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Trackside.Tests.Cli;

/// <summary>
/// <c>new KIND ID</c> writes a starter file that builds as it is, in the test fixture and in the
/// repository's own content; it refuses bad ids, unknown kinds and clashes without writing anything.
/// </summary>
public sealed partial class NewCommandTests
{
    public static TheoryData<string> Kinds() => new(StarterFiles.Kinds.Select(k => k.Noun()));

    private const string HostileTitle = "Calf: \"raise\" # <script>";

    // ---- new, then build ----------------------------------------------------------------------

    [Theory]
    [MemberData(nameof(Kinds))]
    public void New_item_builds_in_the_base_fixture(string kind)
    {
        using var site = FixtureSite.Create();
        AssertNewItemBuilds(site, kind, "heel-drop", "Heel drop");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void New_item_builds_in_the_repository_content(string kind)
    {
        using var site = RepositoryCopy();
        AssertNewItemBuilds(site, kind, "heel-drop", "Heel drop");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Hostile_title_round_trips_to_the_page_heading(string kind)
    {
        using var site = FixtureSite.Create();
        AssertNewItemBuilds(site, kind, "calf-raise-two", HostileTitle);
    }

    [Theory]
    [InlineData("- starts with a dash")]
    [InlineData("'single' quotes")]
    [InlineData("true")]
    [InlineData("No")]
    [InlineData("null")]
    [InlineData("~")]
    [InlineData("123")]
    [InlineData("2024-05-01")]
    [InlineData("0x1F")]
    [InlineData("[a, b]")]
    [InlineData("{ a: b }")]
    [InlineData(@"back\slash \n not a newline")]
    [InlineData("*alias &anchor !tag %directive @at `tick`")]
    [InlineData("| literal")]
    [InlineData("> folded")]
    [InlineData("? key")]
    [InlineData("---")]
    [InlineData("...")]
    [InlineData("key: value # comment")]
    [InlineData("Coach's drill, 3 x 10 (easy)")]
    [InlineData("Ünïcode — é, 足首, 🏃 run")]
    [InlineData("two  spaces")]
    [InlineData("<b>bold</b> &amp; **not markdown**")]
    public void Tricky_titles_round_trip_to_the_page_heading(string title)
    {
        using var site = FixtureSite.Create();
        AssertNewItemBuilds(site, "region", "tricky", title);
        AssertNewItemBuilds(site, "explanation", "tricky", title);
    }

    [Fact]
    public void Title_defaults_to_the_id_as_words()
    {
        using var site = FixtureSite.Create();
        AssertNewItemBuilds(site, "region", "lower-back", title: null, expectedTitle: "Lower back");
    }

    [Fact]
    public void Title_is_trimmed()
    {
        using var site = FixtureSite.Create();
        AssertNewItemBuilds(site, "region", "knee", "  Knee  ", expectedTitle: "Knee");
    }

    [Fact]
    public void Kind_folder_is_created_when_missing()
    {
        using var site = FixtureSite.Create();
        Directory.Delete(Path.Combine(site.Source, "seeds"), recursive: true);
        Directory.Delete(Path.Combine(site.Source, "content", "explanations"), recursive: true);
        // The progression and the exercises cite the deleted source: start from a site without them.
        Directory.Delete(Path.Combine(site.Source, "content", "progressions"), recursive: true);
        Directory.Delete(Path.Combine(site.Source, "content", "exercises"), recursive: true);
        site.With("content/regions/ankle.yaml", "title: Ankle\n").With("content/site.yaml", "title: Club\n");

        Assert.Equal(0, FixtureSite.Run(["new", "source", "dea-2021", "--source", site.Source]).ExitCode);
        AssertNewItemBuilds(site, "explanation", "why", "Why");
    }

    [Fact]
    public void Output_names_the_file_and_the_next_step()
    {
        using var site = FixtureSite.Create();
        var run = FixtureSite.Run(["new", "exercise", "heel-drop", "--source", site.Source]);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Errors);
        var lines = run.Output.ReplaceLineEndings("\n").TrimEnd().Split('\n');
        Assert.Equal("Created content/exercises/heel-drop.yaml", lines[0]);
        Assert.Contains("edit it", lines[1]);
        Assert.Contains("`build --source ", lines[1]);
        Assert.EndsWith("exercises/heel-drop.html.", lines[1]);
    }

    [Fact]
    public void Source_goes_into_seeds()
    {
        using var site = FixtureSite.Create();
        var run = FixtureSite.Run(["new", "source", "dea-2022", "-t", "A second article", "--source", site.Source]);
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Created seeds/dea-2022.yaml", run.Output);
        Assert.True(File.Exists(Path.Combine(site.Source, "seeds", "dea-2022.yaml")));
    }

    // ---- the starter text ---------------------------------------------------------------------

    [Theory]
    [InlineData("exercise", "content/exercises/x.yaml", "# yaml-language-server: $schema=../../schemas/exercise.schema.json")]
    [InlineData("progression", "content/progressions/x.yaml", "# yaml-language-server: $schema=../../schemas/progression.schema.json")]
    [InlineData("region", "content/regions/x.yaml", "# yaml-language-server: $schema=../../schemas/region.schema.json")]
    [InlineData("source", "seeds/x.yaml", "# yaml-language-server: $schema=../schemas/source.schema.json")]
    [InlineData("explanation", "content/explanations/x.md", "---")]
    public void Starter_file_starts_with_the_schema_modeline(string kind, string path, string firstLine)
    {
        using var site = FixtureSite.Create();
        Assert.Equal(0, FixtureSite.Run(["new", kind, "x", "--source", site.Source]).ExitCode);
        var text = File.ReadAllText(Path.Combine(site.Source, path));
        Assert.Equal(firstLine, text.Split('\n')[0]);
        Assert.DoesNotContain("\r", text);
        Assert.False(File.ReadAllBytes(Path.Combine(site.Source, path)).AsSpan().StartsWith("\uFEFF"u8), "no byte order mark");
        if (kind == "explanation") Assert.DoesNotContain("yaml-language-server", text);
        else Assert.True(File.Exists(Path.Combine(RepoPaths.Root, Path.GetDirectoryName(path)!, firstLine.Split('=')[1])),
            "the modeline names a schema committed in the repository");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Starter_file_shows_every_field_with_its_description(string kind)
    {
        var contentKind = ContentKinds.FromNoun(kind)!.Value;
        var text = StarterFiles.Text(contentKind, Context("x"));
        foreach (var field in ContentSchemas.For(contentKind).Fields)
        {
            var line = Assert.Single(text.Split('\n'), l => Regex.IsMatch(l, $"^(# )?{field.Key}:"));
            Assert.Equal(!field.Required, line.StartsWith("# "));
            Assert.Contains("# " + (field.Required ? "" : "Optional. ") + field.Description + "\n", text);
        }
    }

    /// <summary>
    /// Uncommenting every example still gives a well-formed file: the only errors left are the
    /// placeholder ids and files the examples name (unknown item or claim, missing image).
    /// </summary>
    [Theory]
    [MemberData(nameof(Kinds))]
    public void Uncommented_examples_are_well_formed(string kind)
    {
        using var site = FixtureSite.Create();
        Assert.Equal(0, FixtureSite.Run(["new", kind, "everything", "--source", site.Source]).ExitCode);
        var contentKind = ContentKinds.FromNoun(kind)!.Value;
        var path = Path.Combine(site.Source, StarterFiles.RelativePath(contentKind, "everything"));
        var uncommented = File.ReadAllLines(path).Select(l => CommentedCode().Replace(l, "$1$2")).ToList();
        Assert.NotEqual(File.ReadAllLines(path), uncommented);
        File.WriteAllLines(path, uncommented);

        var run = site.Check();
        var codes = run.DiagnosticLines.Select(l => Regex.Match(l, @"(error|warning) (\w\d+)").Groups[2].Value).Distinct();
        Assert.All(codes, code => Assert.Contains(code, new[] { "L201", "L202", "L206" }));
    }

    /// <summary>
    /// The modeline's promise: an editor checking a fresh starter file against the committed JSON Schema
    /// shows no error, nor after every example is uncommented.
    /// </summary>
    [Theory]
    [MemberData(nameof(Kinds))]
    public void Starter_file_is_valid_against_its_committed_schema(string kind)
    {
        var contentKind = ContentKinds.FromNoun(kind)!.Value;
        var schema = JsonSchema.FromText(
            File.ReadAllText(Path.Combine(RepoPaths.Root, "schemas", $"{kind}.schema.json")),
            new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        var text = StarterFiles.Text(contentKind, Context("heel-drop"));
        var uncommented = string.Join('\n', text.Split('\n').Select(l => CommentedCode().Replace(l, "$1$2")));
        foreach (var version in new[] { text, uncommented })
        {
            var result = Evaluate(schema, contentKind, version);
            Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null)
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))) + "\n" + version);
        }
        // The check is not vacuous: a misspelt field is refused.
        Assert.False(Evaluate(schema, contentKind, text.Replace("\ntitle:", "\ntitel:")).IsValid);
    }

    private static EvaluationResults Evaluate(JsonSchema schema, ContentKind kind, string text)
    {
        var yaml = kind == ContentKind.Explanation ? text[FrontMatter.Split("x.md", text, new DiagnosticBag())!.Value.Yaml] : text;
        var instance = JsonSerializer.SerializeToElement(YamlJson.Parse(yaml).Root);
        return schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    // "# key: value", "  # key: value" or "#   nested: value" (but not "# A sentence." nor the modeline).
    [GeneratedRegex(@"^(\s*)# ((?:[a-z_]+:|\s).*)$")]
    private static partial Regex CommentedCode();

    // ---- refusals -----------------------------------------------------------------------------

    [Theory]
    [InlineData("region", "Calf Raise", "not a valid region id", "use `calf-raise`")]
    [InlineData("exercise", "Heel_Drop", "not a valid exercise id", "use `heel-drop`")]
    [InlineData("exercise", "Calf_Raise", "not a valid exercise id", "content/exercises/calf-raise.yaml already exists")]
    [InlineData("region", "calf--raise", "not a valid region id", "use `calf-raise`")]
    [InlineData("region", "calf-", "not a valid region id", "use `calf`")]
    [InlineData("region", "calf-raise.yaml", "not a valid region id", "use `calf-raise-yaml`")]
    [InlineData("region", "../escape", "not a valid region id", "use `escape`")]
    [InlineData("region", "con", "Windows reserves it", "use `con-region`")]
    [InlineData("region", "CON", "not a valid region id", "use `con-region`")]
    [InlineData("region", "Ankle", "not a valid region id", "content/regions/ankle.yaml already exists")]
    public void Invalid_id_is_refused_with_the_fixed_id(string kind, string id, string message, string hint)
    {
        using var site = FixtureSite.Create();
        var run = AssertRefused(site, ["new", kind, id, "--source", site.Source]);
        Assert.Contains(message, run.Errors);
        Assert.Contains("hint: " + hint, run.Errors);
    }

    [Fact]
    public void Too_long_id_is_refused()
    {
        using var site = FixtureSite.Create();
        var run = AssertRefused(site, ["new", "region", new string('a', 81), "--source", site.Source]);
        Assert.Contains("81 characters long; the limit is 80", run.Errors);
        Assert.Contains("use `" + new string('a', 80) + "`", run.Errors);
    }

    [Theory]
    [InlineData("exercise", "calf-raise", "content/exercises/calf-raise.yaml already exists")]
    [InlineData("explanation", "why-ankles", "content/explanations/why-ankles.md already exists")]
    [InlineData("source", "test-source", "seeds/test-source.yaml already exists")]
    public void Existing_id_is_refused_and_the_file_kept(string kind, string id, string message)
    {
        using var site = FixtureSite.Create();
        var run = AssertRefused(site, ["new", kind, id, "--title", "Replacement", "--source", site.Source]);
        Assert.Contains(message, run.Errors);
        Assert.Contains("never overwrites", run.Errors);
    }

    [Theory]
    [InlineData("content/regions/Knee.yaml", "region", "knee")]
    [InlineData("content/exercises/Heel-Drop.yaml", "exercise", "heel-drop")]
    [InlineData("content/regions/knee.yml", "region", "knee")]
    [InlineData("content/explanations/WHY.markdown", "explanation", "why")]
    public void Id_differing_only_by_case_or_extension_from_a_file_is_refused(string existing, string kind, string id)
    {
        using var site = FixtureSite.Create().With(existing, "title: Existing\n");
        var run = AssertRefused(site, ["new", kind, id, "--source", site.Source]);
        Assert.Contains(existing, run.Errors);
    }

    [Theory]
    [InlineData("excercise", "did you mean `exercise`?")]
    [InlineData("Region", "did you mean `region`?")]
    [InlineData("sources", "did you mean `source`?")]
    [InlineData("progresion", "did you mean `progression`?")]
    [InlineData("site", "one of: exercise, progression, explanation, region, source")]
    public void Unknown_kind_is_refused_with_a_suggestion(string kind, string expected)
    {
        using var site = FixtureSite.Create();
        var run = AssertRefused(site, ["new", kind, "heel-drop", "--source", site.Source]);
        Assert.Contains($"unknown kind `{kind}`", run.Errors);
        Assert.Contains(expected, run.Errors);
    }

    [Fact]
    public void Missing_content_folder_is_refused()
    {
        using var site = FixtureSite.Create();
        Directory.Delete(Path.Combine(site.Source, "content"), recursive: true);
        var run = AssertRefused(site, ["new", "source", "heel-drop", "--source", site.Source]);
        Assert.Contains("no content/ folder", run.Errors);
        Assert.False(Directory.Exists(Path.Combine(site.Source, "content")));
    }

    [Fact]
    public void Missing_source_folder_is_refused()
    {
        var run = FixtureSite.Run(["new", "region", "knee", "--source", Path.Combine(Path.GetTempPath(), "no-such-site-" + Guid.NewGuid())]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("does not exist", run.Errors);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Two\nlines")]
    [InlineData("Carriage\rreturn")]
    [InlineData("Line\u2028separator")]
    [InlineData("Nul\0byte")]
    [InlineData("lone surrogate")]
    public void Title_that_is_not_one_line_of_text_is_refused(string title)
    {
        // A lone surrogate cannot travel through an attribute unchanged, so it is made here.
        if (title == "lone surrogate") title = "Lone \uD83D surrogate";
        using var site = FixtureSite.Create();
        var run = AssertRefused(site, ["new", "region", "knee", "--title", title, "--source", site.Source]);
        Assert.Contains("title", run.Errors);
    }

    [Fact]
    public void Exercise_without_any_region_in_the_site_is_refused()
    {
        using var site = FixtureSite.Create();
        Directory.Delete(Path.Combine(site.Source, "content", "regions"), recursive: true);
        var run = AssertRefused(site, ["new", "exercise", "heel-drop", "--source", site.Source]);
        Assert.Contains("needs at least one region", run.Errors);
        Assert.Contains("`new region", run.Errors);
    }

    [Fact]
    public void Progression_without_any_exercise_in_the_site_is_refused()
    {
        using var site = FixtureSite.Create();
        Directory.Delete(Path.Combine(site.Source, "content", "exercises"), recursive: true);
        var run = AssertRefused(site, ["new", "progression", "plan", "--source", site.Source]);
        Assert.Contains("`new exercise", run.Errors);
    }

    [Theory]
    [InlineData("new")]
    [InlineData("new region")]
    [InlineData("new region knee extra")]
    [InlineData("new region knee --colour red")]
    public void Wrong_arguments_are_usage_errors(string args)
    {
        using var site = FixtureSite.Create();
        AssertRefused(site, [.. args.Split(' '), "--source", site.Source]);
    }

    [Fact]
    public void Help_lists_the_kinds_and_options()
    {
        var run = FixtureSite.Run(["new", "--help"]);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("exercise, progression, explanation, region, source", run.Output);
        Assert.Contains("--title", run.Output);
        Assert.Contains("--source", run.Output);
    }

    // ---- YAML scalars -------------------------------------------------------------------------

    [Fact]
    public void Any_text_reads_back_unchanged_from_the_scalar_written_for_it()
    {
        Gen.String.Where(s => !HasLoneSurrogate(s)).Sample(text =>
        {
            Assert.Equal(text, ReadBack($"title: {YamlScalar.Block(text)}\n")["title"]);
            var list = (YamlSequenceNode)ReadBackNode($"tags: {YamlScalar.FlowList([text, "x"])}\n")["tags"];
            Assert.Equal([text, "x"], list.Children.Select(c => ((YamlScalarNode)c).Value));
        }, iter: 20_000);
    }

    [Theory]
    [InlineData("Calf raise", "Calf raise")]
    [InlineData("Coach's drill, easy", "Coach's drill, easy")]
    [InlineData("Calf: raise", "\"Calf: raise\"")]
    [InlineData("true", "\"true\"")]
    [InlineData("12", "\"12\"")]
    [InlineData("a \"b\" \\ c", "\"a \\\"b\\\" \\\\ c\"")]
    public void Plain_text_stays_plain_and_the_rest_is_quoted(string text, string yaml) =>
        Assert.Equal(yaml, YamlScalar.Block(text));

    // ---- helpers ------------------------------------------------------------------------------

    private static void AssertNewItemBuilds(FixtureSite site, string kind, string id, string? title, string? expectedTitle = null)
    {
        string[] args = title is null ? ["new", kind, id, "--source", site.Source] : ["new", kind, id, "--title", title, "--source", site.Source];
        var created = FixtureSite.Run(args);
        Assert.True(created.ExitCode == 0, created.Errors);
        var contentKind = ContentKinds.FromNoun(kind)!.Value;
        Assert.StartsWith($"Created {StarterFiles.RelativePath(contentKind, id)}", created.Output);

        var build = site.Build();
        Assert.True(build.ExitCode == 0, build.Errors + "\n" + File.ReadAllText(Path.Combine(site.Source, StarterFiles.RelativePath(contentKind, id))));
        Assert.Equal("0 errors, 0 warnings", build.Errors.ReplaceLineEndings("\n").TrimEnd().Split('\n')[^1]);
        var page = Path.Combine(site.Output, Trackside.Render.SitePaths.Item(contentKind, id));
        Assert.True(File.Exists(page), $"no page {page}");
        Assert.Equal(expectedTitle ?? title, Pages.Open(page).QuerySelector("h1")!.TextContent);

        // Ready for the next case in the same site.
        File.Delete(Path.Combine(site.Source, StarterFiles.RelativePath(contentKind, id)));
    }

    private static BuildRun AssertRefused(FixtureSite site, string[] args)
    {
        var before = FolderSnapshot.Take(site.Source);
        var run = FixtureSite.Run(args);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: ", run.Errors);
        Assert.Equal("", run.Output);
        Assert.Equal(before, FolderSnapshot.Take(site.Source));
        return run;
    }

    private static StarterContext Context(string id) =>
        new(id, StarterContext.TitleFromId(id), Region: "ankle", Exercise: "calf-raise", Today: new DateOnly(2024, 5, 1));

    /// <summary>A copy of the repository's own site (content, seeds and templates) in a temporary folder.</summary>
    private static FixtureSite RepositoryCopy()
    {
        var site = FixtureSite.Create();
        foreach (var folder in new[] { "content", "seeds" })
            Directory.Delete(Path.Combine(site.Source, folder), recursive: true);
        foreach (var folder in new[] { "content", "seeds", "templates" })
        {
            var from = Path.Combine(RepoPaths.Root, folder);
            if (!Directory.Exists(from)) continue;
            foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
                site.WithBytes(Path.Combine(folder, Path.GetRelativePath(from, file)), File.ReadAllBytes(file));
        }
        return site;
    }

    private static Dictionary<string, string> ReadBack(string yaml) =>
        ReadBackNode(yaml).ToDictionary(e => e.Key, e => ((YamlScalarNode)e.Value).Value!);

    private static Dictionary<string, YamlNode> ReadBackNode(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return ((YamlMappingNode)stream.Documents[0].RootNode).Children.ToDictionary(e => ((YamlScalarNode)e.Key).Value!, e => e.Value);
    }

    private static bool HasLoneSurrogate(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
            else if (char.IsSurrogate(s[i])) return true;
        }
        return false;
    }
}
