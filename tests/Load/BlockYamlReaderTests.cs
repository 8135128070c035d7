using System.Text;
using CsCheck;
using Trackside.Diagnostics;
using Trackside.Load;
using Trackside.Model;
using Trackside.Tests.Robustness;
using Trackside.Tests.Support;

namespace Trackside.Tests.Load;

/// <summary>
/// The fast reader gives exactly the tree YamlDotNet's events give (values, styles, spans, content origins),
/// or gives up. Checked on whole files, on edge cases, and on randomly damaged files.
/// </summary>
public sealed class BlockYamlReaderTests
{
    private const int MaxDepth = 20;
    private static readonly TextOrigin FileStart = new(1, 1);

    [Theory]
    [InlineData("a: x\nb: [p, q r,s  ]\nc:\n  d: 4\n  e: 30 s  \nf:\n  - one two\n  - three\ng: |\n  line 1\n\n   line 2\n  line3\n\nh: []\ni:\n- k\n")]
    [InlineData("st:\n  - title: A b\n    ex:\n      - exercise: d-3\n        dose:\n          sets: 1\n      - r\n  - t2\nx: see [a](b:c), {y} z\ng: |  \n  l1\n    l2\n\n\nk: x\nz: |\n  end")]
    [InlineData("a: \"x [y](e:z).\"  \nb:\n  - \"q: r\"\n  - 's t'\nc: \"https://example.org/\"\nd: ''\ne: \"\"\n")]
    [InlineData("\n\na: 1\n\n  \nb:\n\n  - x\n\n  - y: 1\n    z: |\n      deep\n      text\n  - [ ]\nc: last")]
    [InlineData("a: |\n  one\n  two\n\n\n")]
    [InlineData("list:\n  - |\n    block in a list\n  - after\n")]
    public void Reads_block_yaml_as_yamldotnet_does(string yaml)
    {
        var fast = BlockYamlReader.TryRead("f.yaml", yaml, FileStart, MaxDepth);
        Assert.NotNull(fast);
        AssertSameTree(yaml, fast, FileStart);
    }

    [Theory]
    [InlineData("a: x # comment\n")]
    [InlineData("# comment\na: x\n")]
    [InlineData("a: x\n  continued\n")]
    [InlineData("a: x\r\nb: y\r\n")]
    [InlineData("a:\tx\n")]
    [InlineData("a: x\na: y\n")]
    [InlineData("a:\nb: y\n")]
    [InlineData("a: &anchor x\n")]
    [InlineData("a: *alias\n")]
    [InlineData("a: !!str x\n")]
    [InlineData("a: \"esc\\\"aped\"\n")]
    [InlineData("a: 'it''s'\n")]
    [InlineData("a: |-\n  x\n")]
    [InlineData("a: >\n  x\n")]
    [InlineData("a: [x,\n  y]\n")]
    [InlineData("a: {b: c}\n")]
    [InlineData("a: b: c\n")]
    [InlineData("---\na: x\n")]
    [InlineData("a: x\n---\nb: y\n")]
    [InlineData("  a: x\n")]
    [InlineData("- x\n")]
    [InlineData("just text\n")]
    [InlineData("")]
    [InlineData("a: |\n\n  late start\n")]
    [InlineData("a: |\n  x\n   \n  y\n")]
    [InlineData("a: x\u2028b: y\n")]
    [InlineData("a: \U0001F600\n")]
    public void Leaves_anything_else_to_yamldotnet(string yaml) =>
        Assert.Null(BlockYamlReader.TryRead("f.yaml", yaml, FileStart, MaxDepth));

    [Fact]
    public void Leaves_too_deep_nesting_to_yamldotnet_which_reports_it()
    {
        var yaml = "a:\n  b:\n    c: x\n";
        Assert.NotNull(BlockYamlReader.TryRead("f.yaml", yaml, FileStart, maxDepth: 4));
        Assert.Null(BlockYamlReader.TryRead("f.yaml", yaml, FileStart, maxDepth: 3));
    }

    [Fact]
    public void Front_matter_positions_are_shifted_like_yamldotnets()
    {
        var origin = new TextOrigin(2, 1);
        var yaml = "title: Why\nsummary: |\n  S.\nregions: [ankle, hamstring]";
        AssertSameTree(yaml, BlockYamlReader.TryRead("e.md", yaml, origin, MaxDepth), origin);
    }

    [Fact]
    public void Reads_the_fixture_and_corpus_files_as_yamldotnet_does()
    {
        var texts = SampleTexts();
        Assert.All(texts, t => AssertSameTree(t.Yaml, BlockYamlReader.TryRead("f", t.Yaml, t.Origin, MaxDepth), t.Origin));
        Assert.True(texts.Count(t => BlockYamlReader.TryRead("f", t.Yaml, t.Origin, MaxDepth) is not null) > texts.Count / 2, "most files are plain block YAML");
    }

    // Damaged files: whatever the fast reader accepts, YamlDotNet reads the same, without an error.
    [Fact]
    public void Damaged_files_are_read_as_yamldotnet_reads_them_or_left_to_it()
    {
        var texts = SampleTexts();
        var readFast = 0;
        Gen.Select(Gen.Int[0, texts.Count - 1], Mutations.Some).Sample((i, mutations) =>
        {
            var bytes = mutations.Aggregate(Encoding.UTF8.GetBytes(texts[i].Yaml), (file, m) => m.Apply(file));
            var yaml = Encoding.UTF8.GetString(bytes);
            if (BlockYamlReader.TryRead("f", yaml, texts[i].Origin, MaxDepth) is not { } fast) return;
            Interlocked.Increment(ref readFast);
            AssertSameTree(yaml, fast, texts[i].Origin);
        }, iter: 3000);
        // Else the comparison above never ran: the damage must leave many files for the fast reader.
        Assert.True(readFast >= 300, $"only {readFast} of 3000 damaged files were read by the fast reader");
    }

    private static List<(string Yaml, TextOrigin Origin)> SampleTexts()
    {
        using var corpus = ScratchSite.Corpus(20, seed: 20);
        var texts = new List<(string, TextOrigin)>();
        foreach (var root in new[] { Path.Combine(RepoPaths.Fixtures, "base"), corpus.Source, Path.Combine(RepoPaths.Root, "content") })
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (file.EndsWith(".yaml", StringComparison.Ordinal)) texts.Add((File.ReadAllText(file), FileStart));
            else if (file.EndsWith(".md", StringComparison.Ordinal) && File.ReadAllText(file) is var text && FrontMatter.Split(file, text, new DiagnosticBag()) is { } split)
                texts.Add((text[split.Yaml], new TextOrigin(2, 1)));
        }
        return texts;
    }

    private static void AssertSameTree(string yaml, DocNode? fast, TextOrigin origin)
    {
        if (fast is null) return;
        var diagnostics = new DiagnosticBag();
        var expected = YamlTreeReader.ReadWithYamlDotNet("f", yaml, origin, diagnostics, MaxDepth);
        Assert.Empty(diagnostics.All());
        Assert.Equal(Describe(expected!), Describe(fast));
    }

    // Every node with its span, style and value, one per line: a difference shows where it is.
    private static string Describe(DocNode node) => node switch
    {
        DocScalar s => $"{s.Span.Line}:{s.Span.Column}+{s.Span.Length} {(s.IsPlain ? "plain" : "styled")} @{s.ContentOrigin.Line}:{s.ContentOrigin.Column} [{s.Value}]\n",
        DocList l => $"{l.Span.Line}:{l.Span.Column}+{l.Span.Length} list\n" + string.Concat(l.Items.Select(Describe)),
        DocMap m => $"{m.Span.Line}:{m.Span.Column}+{m.Span.Length} map\n" + string.Concat(m.Fields.Select(f => Describe(f.Key) + Describe(f.Value))),
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };
}
