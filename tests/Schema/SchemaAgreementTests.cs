using System.Text.Json;
using System.Text.RegularExpressions;
using Json.Schema;
using Trackside.Diagnostics;
using Trackside.Load;
using Trackside.Model;
using Trackside.Schema;
using Trackside.Tests.Support;

namespace Trackside.Tests.Schema;

/// <summary>
/// The committed schemas in schemas/ say what the generator says: every valid content file is accepted
/// (no false red squiggles in the editor), and every shape error the generator reports (V101 missing
/// field, V102 wrong type, V103 invalid value, V104 unknown field, V105 bad claim id, V107 empty value)
/// is a schema error on the same line. Files are read as a YAML 1.2 editor reads them (<see cref="YamlJson"/>).
/// </summary>
public sealed partial class SchemaAgreementTests
{
    private static readonly Lazy<IReadOnlyDictionary<ContentKind, JsonSchema>> Schemas = new(() =>
    {
        // A registry of our own, so the tests never clash over $ids in the library's global one.
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        return JsonSchemaWriter.Kinds.ToDictionary(
            kind => kind,
            kind => JsonSchema.FromText(File.ReadAllText(Path.Combine(RepoPaths.Root, "schemas", JsonSchemaWriter.FileName(kind))), options));
    });

    // ---- valid files ---------------------------------------------------------------------------

    public static TheoryData<string, string> ValidFiles()
    {
        var data = new TheoryData<string, string>();
        foreach (var root in new[] { "tests/fixtures/base", "tests/fixtures/ok-hostile-text", "." })
            foreach (var path in ContentFilesUnder(Path.Combine(RepoPaths.Root, root)))
                data.Add(root, path);
        return data;
    }

    [Theory]
    [MemberData(nameof(ValidFiles))]
    public void Valid_content_is_accepted_by_its_schema(string root, string path)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, root, path));
        AssertAgrees(path, text, generator: []);
    }

    // ---- the error fixtures --------------------------------------------------------------------

    /// <summary>
    /// Every content file of every tests/fixtures/errors/ case, except files the generator refuses
    /// before their fields are read or whose errors lie outside the file:
    /// Y-codes (YAML syntax, encoding, empty file, anchors and tags, duplicate keys, front matter) are
    /// the YAML parser's business: the editor's parser reports them as syntax errors before any schema
    /// applies, and a file that does not parse has no JSON to check. L-codes (unknown items, claims,
    /// anchors, assets) depend on other files, which a schema for one file cannot see.
    /// </summary>
    public static TheoryData<string, string> ErrorFixtureFiles()
    {
        var data = new TheoryData<string, string>();
        foreach (var (name, path, diagnostics) in ErrorFixtureCases())
        {
            if (diagnostics.Any(d => d.Code.StartsWith('Y') || d.Code.StartsWith('L'))) continue; // see above
            data.Add(name, path);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ErrorFixtureFiles))]
    public void Shape_errors_in_the_error_fixtures_are_schema_errors_too(string name, string path)
    {
        var diagnostics = ErrorFixtureCases().Single(c => c.Name == name && c.Path == path).Diagnostics;
        AssertAgrees(path, File.ReadAllText(Path.Combine(RepoPaths.Fixtures, "errors", name, path)), diagnostics);
    }

    [Fact]
    public void The_shape_error_fixtures_are_all_checked()
    {
        var checkedCases = ErrorFixtureFiles().Select(row => (string)row[0]).ToHashSet();
        Assert.Superset(new HashSet<string> { "bad-ids", "missing-fields", "unknown-field", "wrong-types" }, checkedCases);
    }

    // ---- inline cases: each is run through `check` as well, so both verdicts are live ---------------

    public static TheoryData<string, string, string> InlineCases() => new()
    {
        // Accepted: YAML gives numbers and booleans where the generator reads text; empty optional fields are null.
        { "content/exercises/calf-raise.yaml", "title: 1984\nsummary: true\ncategory: strength\nlevel: beginner\nregions: [ankle]\ndose: { sets: 3, reps: 12, hold: 30.5, notes: false }\nsteps: [Rise up., 10]\ncues:\nstop_if:\nexplanation:\nupdated: 2024-05-01\n", "" },
        { "content/progressions/back-to-running.yaml", "title: Back\nsummary: Run.\nstages:\n  - title: One\n    exercises:\n      - calf-raise\n      - { exercise: hill-walk, dose: { sets: 2, rest: 90 s }, notes: Slowly }\n      - exercise: ankle-screen\n    advance_when: [Pain-free]\n    notes:\n", "" },
        { "content/site.yaml", "title: Club\nnav: [exercises, progression:back-to-running, { title: Why, link: explanation:why-ankles }]\nbase_url: http://club.example\ndisclaimer:\n", "" },
        { "seeds/test-source.yaml", "title: A source\nurl: https://example.org/a?b=c\npublished: 2021-01-02\naccessed:\nclaims:\n  dorsiflexion: { text: 40 }\n  progression: { text: Walk., kind: recommendation, section: 2 }\n", "" },
        // Refused by both.
        { "content/site.yaml", "title: Club\nbase_url: ftp://club.example/\n", "V102" },
        { "content/site.yaml", "title: Club\nnav:\n  - title: Start\n", "V101" },
        { "content/site.yaml", "title:\n", "V107" },
        { "seeds/test-source.yaml", "title: S\nclaims:\n  dorsiflexion:\n    section: 2\n  progression:\n    text: Walk.\n", "V101" },
        { "seeds/test-source.yaml", "title: S\nclaims:\n  dorsiflexion: { text: T, kind: guess }\n  progression: { text: Walk. }\n", "V103" },
        { "seeds/test-source.yaml", "title: S\nclaims: {}\n", "V107" },
        { "seeds/test-source.yaml", "title: S\nclaims:\n  dorsiflexion: Running needs dorsiflexion.\n  progression: { text: Walk. }\n", "V102" },
        { "content/progressions/back-to-running.yaml", "title: Back\nsummary: Run.\nstages:\n  - title: One\n    exercise: calf-raise\n    exercises: [calf-raise]\n    advance_when: [Pain-free]\n", "V104" },
        { "content/progressions/back-to-running.yaml", "title: Back\nsummary: Run.\nstages:\n  - title: One\n    exercises:\n      - { dose: { sets: 2 } }\n    advance_when: [Pain-free]\n", "V101" },
        { "content/progressions/back-to-running.yaml", "title: Back\nsummary: Run.\nstages:\n  - title: One\n    exercises: [calf-raise]\n    advance_when: []\n", "V107" },
        { "content/regions/foot.yaml", "title: Foot\nconnects: ankle\n", "V102" },
        { "content/regions/foot.yaml", "title: Foot\nbody:\n  - Too\n  - many\n", "V102" },
        { "content/exercises/calf-raise.yaml", "title: C\nsummary: S\ncategory: strength\nlevel: expert\nregions: [ankle]\nsteps: [Up.]\n", "V103" },
        { "content/exercises/calf-raise.yaml", "title: C\nsummary: S\ncategory: strength\nlevel: beginner\nregions: [ankle]\nsteps: [Up.]\ndose: { sets: 0 }\n", "V102" },
        { "content/exercises/calf-raise.yaml", "title: C\nsummary: S\ncategory: strength\nlevel: beginner\nregions: [ankle]\nsteps: [Up.]\ndose: 3 sets of 12\n", "V102" },
        { "content/exercises/calf-raise.yaml", "title: C\nsummary: S\ncategory: strength\nlevel: beginner\nregions: [ankle]\nsteps: [Up.]\nupdated: 2024-5-1\n", "V102" },
        { "content/exercises/calf-raise.yaml", "title: C\nsummary: S\ncategory: strength\nlevel: beginner\nregions: [ankle]\nsteps: [Up.]\ncites: [dorsiflexion]\n", "V102" },
        { "content/exercises/calf-raise.yaml", "title: C\nsummary: S\ncategory: strength\nlevel: beginner\nregions: [ankle]\nsteps: [Up.]\nimages:\n  - { src: calf.svg, alt: A calf, size: big }\n", "V104" },
        { "content/exercises/calf-raise.yaml", "title: C\nsummary:\ncategory: strength\nlevel: beginner\nregions: [ankle]\nsteps: [Up.]\n", "V107" },
        { "content/explanations/why-ankles.md", "---\ntitle: Why\nsummary: Because.\ntag: [ankles]\n---\nBody.\n", "V104" },
        { "content/explanations/why-ankles.md", "---\ntitle: Why\nregions: [ankle]\n---\nBody.\n", "V101" },
    };

    [Theory]
    [MemberData(nameof(InlineCases))]
    public void Schema_and_generator_agree(string path, string text, string code)
    {
        var diagnostics = Generator(path, text);
        string[] expected = code == "" ? [] : [code];
        Assert.Equal(expected, diagnostics.Where(d => d.Code.StartsWith('V')).Select(d => d.Code).Distinct());
        AssertAgrees(path, text, diagnostics);
    }

    /// <summary>
    /// Where a schema cannot say what the generator says. Kept as a test so that the list in the report
    /// stays true: if one of these starts to agree, move it up into <see cref="InlineCases"/>.
    /// </summary>
    public static TheoryData<string, string, bool, bool> KnownDifferences() => new()
    {
        // A quoted number is text to the editor; the generator reads any scalar's text, so "3" is 3 sets.
        { "dose: { sets: \"3\" }", "sets: \"3\"", true, false },
        // YAML 1.2 reads 0x3 and 3.0 as the number 3; the generator reads the text and wants plain digits.
        { "dose: { sets: 0x3 }", "sets: 0x3", false, true },
        { "dose: { sets: 3.0 }", "sets: 3.0", false, true },
        // A pattern cannot know the calendar (editors that check `format: date` do refuse it).
        { "updated: 2024-02-30", "February 30th", false, true },
        // `~` and `null` are null to the editor, like an empty value; to the generator they are the text "~".
        { "stop_if: ~", "stop_if: ~", false, true },
        // The generator skips an empty list entry; the schema asks for a value in every entry.
        { "stop_if:\n  - Pain\n  -", "an empty list entry", true, false },
    };

    [Theory]
    [MemberData(nameof(KnownDifferences))]
    public void Known_differences_between_schema_and_generator(string line, string what, bool generatorAccepts, bool schemaAccepts)
    {
        const string path = "content/exercises/calf-raise.yaml";
        var text = $"title: C\nsummary: S\ncategory: strength\nlevel: beginner\nregions: [ankle]\nsteps: [Up.]\n{line}\n";
        Assert.True(generatorAccepts == (Generator(path, text).Count == 0), $"{what}: the generator no longer {(generatorAccepts ? "accepts" : "refuses")} it");
        Assert.True(schemaAccepts == (SchemaErrors(path, text).Count == 0), $"{what}: the schema no longer {(schemaAccepts ? "accepts" : "refuses")} it");
    }

    // ---- helpers -------------------------------------------------------------------------------

    private sealed record Diag(string Path, int Line, string Code);

    /// <summary>Asserts the schema's verdict on one file matches the generator's diagnostics for it.</summary>
    private static void AssertAgrees(string path, string text, IReadOnlyList<Diag> generator)
    {
        var shape = generator.Where(InScope).ToList();
        var errors = SchemaErrors(path, text);
        if (shape.Count == 0)
        {
            Assert.True(errors.Count == 0, $"{path}: the generator accepts it, the schema says:\n{string.Join("\n", errors.Select(e => $"  line {string.Join("/", e.Lines)} {e.Pointer}: {e.Message}"))}");
            return;
        }
        foreach (var diagnostic in shape)
            Assert.True(errors.Any(e => e.Lines.Contains(diagnostic.Line)),
                $"{path}: the generator reports {diagnostic.Code} on line {diagnostic.Line}; the schema's errors are on lines {string.Join(", ", errors.SelectMany(e => e.Lines).Distinct().Order())}");
    }

    // V105 on a file (at 1:1) is about its name, which a schema never sees; V106 compares files.
    private static bool InScope(Diag d) =>
        d.Code is "V101" or "V102" or "V103" or "V104" or "V107" || (d.Code == "V105" && d.Line > 1);

    private sealed record SchemaError(string Pointer, IReadOnlySet<int> Lines, string Message);

    private static List<SchemaError> SchemaErrors(string path, string text)
    {
        var kind = KindOf(path) ?? throw new ArgumentException($"{path} is not a content file");
        var (yaml, offset) = kind == ContentKind.Explanation
            ? (text[FrontMatter.Split(path, text, new DiagnosticBag())?.Yaml ?? throw new ArgumentException($"{path} has no front matter")], 1)
            : (text, 0);
        var document = YamlJson.Parse(yaml, offset);
        var instance = JsonSerializer.SerializeToElement(document.Root);
        var results = Schemas.Value[kind].Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical });
        var errors = new List<SchemaError>();
        Collect(results, document, errors);
        return errors;
    }

    // Only failing nodes are followed: a branch of an anyOf that failed while another passed is no error.
    private static void Collect(EvaluationResults node, YamlJson document, List<SchemaError> errors)
    {
        if (node.IsValid) return;
        var pointer = node.InstanceLocation.ToString();
        foreach (var (keyword, message) in node.Errors ?? new Dictionary<string, string>())
            errors.Add(new SchemaError(pointer, document.LinesOf(pointer), $"{keyword}: {message}"));
        foreach (var detail in node.Details ?? []) Collect(detail, document, errors);
    }

    /// <summary>The generator's diagnostics for <paramref name="path"/> after laying it over the base fixture.</summary>
    private static List<Diag> Generator(string path, string text)
    {
        using var site = FixtureSite.Create().With(path, text);
        return Parse(site.Check().DiagnosticLines).Where(d => d.Path == path).ToList();
    }

    private static IEnumerable<(string Name, string Path, IReadOnlyList<Diag> Diagnostics)> ErrorFixtureCases()
    {
        foreach (var dir in Directory.GetDirectories(Path.Combine(RepoPaths.Fixtures, "errors")).Order(StringComparer.Ordinal))
        {
            var diagnostics = Parse(File.ReadAllLines(Path.Combine(dir, "expected.txt"))).ToList();
            foreach (var path in ContentFilesUnder(dir))
                yield return (Path.GetFileName(dir), path, diagnostics.Where(d => d.Path == path).ToList());
        }
    }

    private static IEnumerable<Diag> Parse(IEnumerable<string> lines) =>
        lines.Select(l => DiagnosticLine().Match(l)).Where(m => m.Success)
            .Select(m => new Diag(m.Groups["path"].Value, int.Parse(m.Groups["line"].Value), m.Groups["code"].Value));

    [GeneratedRegex(@"^(?<path>[^:]+):(?<line>\d+):\d+: (error|warning) (?<code>[A-Z]\d{3}):")]
    private static partial Regex DiagnosticLine();

    /// <summary>The content files (site, items, sources) under a site folder, relative with forward slashes.</summary>
    private static IEnumerable<string> ContentFilesUnder(string root) =>
        new[] { "content", "seeds" }.Select(f => Path.Combine(root, f)).Where(Directory.Exists)
            .SelectMany(f => Directory.EnumerateFiles(f, "*", SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(p => KindOf(p) is not null)
            .Order(StringComparer.Ordinal);

    private static ContentKind? KindOf(string path) =>
        path == ContentScanner.SiteFile ? ContentKind.Site
        : ContentKinds.Items.Cast<ContentKind?>().FirstOrDefault(k =>
            path == $"{k!.Value.SourceFolder()}/{Path.GetFileName(path)}" && path.EndsWith(k.Value.FileExtension(), StringComparison.Ordinal));
}
