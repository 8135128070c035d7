using System.Text;
using Trackside.Output;
using Trackside.Tests.Support;

namespace Trackside.Tests.Load;

/// <summary>
/// Input a coach should never write, or someone hostile might: each case fails with one located
/// diagnostic, quickly, and the published site stays byte-for-byte as it was.
/// </summary>
public sealed class HostileInputTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30); // a hang guard, not a speed test

    public static TheoryData<string, string, string, string> Cases() => new()
    {
        // name, file, content, expected first diagnostic line (prefix)
        { "billion laughs", "content/regions/foot.yaml", BillionLaughs(), "content/regions/foot.yaml:1:4: error Y005: anchors (&a) are not supported" },
        { "deep yaml", "content/regions/foot.yaml", "title: " + new string('[', 200) + new string(']', 200) + "\n", "content/regions/foot.yaml:1:" },
        { "custom tag", "content/regions/foot.yaml", "title: !something Foot\n", "content/regions/foot.yaml:1:8: error Y005: YAML tags" },
        { "python tag", "content/regions/foot.yaml", "title: !!python/object/apply:os.system [ls]\n", "content/regions/foot.yaml:1:8: error Y005" },
        { "merge key", "content/regions/foot.yaml", "<<: {title: Hidden}\nsummary: s\n", "content/regions/foot.yaml:1:1: error Y005: merge keys" },
        { "non-text key", "content/regions/foot.yaml", "? [a, b]\n: c\ntitle: Foot\n", "content/regions/foot.yaml:1:3: error Y005: a field name must be plain text" },
        { "second document", "content/regions/foot.yaml", "title: Foot\n---\ntitle: Other\n", "content/regions/foot.yaml:2:1: error Y009" },
        { "huge string", "content/regions/foot.yaml", "title: " + new string('x', 20 * 1024 * 1024) + "\n", "content/regions/foot.yaml:1:1: error Y004: the file is 20480 KB" },
        { "deep markdown", "content/explanations/deep.md", "---\ntitle: D\nsummary: S\n---\n" + new string('>', 5000) + " hi\n", "content/explanations/deep.md:5:1: error Y006" },
        { "very long id", "content/regions/" + new string('a', 120) + ".yaml", "title: Long\n", "content/regions/" + new string('a', 120) + ".yaml:1:1: error V105: the region id is 120 characters long" },
        { "device name id", "content/regions/con.yaml", "title: Con\n", "content/regions/con.yaml:1:1: error V105: `con` cannot be used as an id" },
        { "whitespace only", "content/regions/foot.yaml", " \n\t\n", "content/regions/foot.yaml:1:1: error Y003" },
        // Found by fuzzing (fuzz/findings/): YamlDotNet threw exceptions without a position for these.
        { "flow list broken across lines", "content/regions/foot.yaml", "title: Foot\nconnects: [\nankle]\n", "content/regions/foot.yaml:2:11: error Y001" },
        { "invalid tag uri", "content/regions/foot.yaml", "title: !![x]\n", "content/regions/foot.yaml:1:1: error Y001" },
        { "text after document end", "content/regions/foot.yaml", "... x\n", "content/regions/foot.yaml:1:1: error Y001" },
        { "key without value", "content/regions/foot.yaml", " : Q\n", "content/regions/foot.yaml:2:1: error Y001: a field or list entry has no value here" },
        { "comment only", "content/regions/foot.yaml", "# only a comment\n", "content/regions/foot.yaml:1:1: error Y003: the file has no fields" },
        { "nul byte", "content/regions/foot.yaml", "title: Foot\0\n", "content/regions/foot.yaml:1:12: error Y012: the file holds a control character (U+0000)" },
        { "very long line", "content/regions/foot.yaml", "title: Foot\nconnects: [" + string.Join(", ", Enumerable.Repeat("ankle", 50_000)) + ", anke]\n", "content/regions/foot.yaml:2:" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Hostile_file_gives_a_located_error_and_keeps_the_published_site(string name, string file, string content, string expected)
    {
        using var site = FixtureSite.Create();
        Assert.Equal(0, site.Build().ExitCode);
        var published = FolderSnapshot.Take(site.Output);
        site.With(file, content);

        var run = RunBounded(site);

        Assert.True(run.ExitCode == 1, $"{name}: exit {run.ExitCode}\n{run.Errors}");
        Assert.StartsWith(expected, run.DiagnosticLines[0]);
        Assert.DoesNotContain("   at ", run.Errors);
        Assert.Equal(published, FolderSnapshot.Take(site.Output));
    }

    [Fact]
    public void Symbolic_link_to_a_file_outside_the_source_is_skipped_with_a_warning()
    {
        using var site = FixtureSite.Create();
        var secret = Path.Combine(site.Root, "secret.yaml");
        File.WriteAllText(secret, "title: SECRET-OUTSIDE-TEXT\nsummary: s\n");
        File.CreateSymbolicLink(Path.Combine(site.Source, "content/regions/knee.yaml"), secret);
        Directory.CreateDirectory(Path.Combine(site.Source, "content/assets"));
        File.CreateSymbolicLink(Path.Combine(site.Source, "content/assets/passwd.txt"), "/etc/passwd");

        var run = site.Build();

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("content/regions/knee.yaml:1:1: warning Y011: symbolic links are not followed, so this entry is left out of the site", run.DiagnosticLines);
        Assert.False(File.Exists(Path.Combine(site.Output, "regions/knee.html")));
        Assert.False(File.Exists(Path.Combine(site.Output, "assets/passwd.txt")));
        Assert.DoesNotContain(Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories), f => File.ReadAllText(f).Contains("SECRET-OUTSIDE-TEXT"));
    }

    [Fact]
    public void Linked_content_folder_is_not_followed()
    {
        using var site = FixtureSite.Create();
        var elsewhere = Path.Combine(site.Root, "elsewhere");
        Directory.Move(Path.Combine(site.Source, "content/explanations"), elsewhere);
        Directory.CreateSymbolicLink(Path.Combine(site.Source, "content/explanations"), elsewhere);

        var run = site.Check();

        Assert.Contains("content/explanations:1:1: warning Y011: symbolic links are not followed, so this entry is left out of the site", run.DiagnosticLines);
    }

    [Fact]
    public void Assets_differing_only_by_case_are_refused()
    {
        using var site = FixtureSite.Create().With("content/assets/Knee.svg", "<svg/>").With("content/assets/knee.svg", "<svg/>");
        var run = site.Check();
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.DiagnosticLines, l => l.StartsWith("content/assets/knee.svg:1:1: error V106"));
    }

    [Fact]
    public void Ids_differing_only_by_case_are_refused()
    {
        using var site = FixtureSite.Create().With("content/regions/Foot.yaml", "title: Foot again\n");
        var lines = site.Check().DiagnosticLines;
        Assert.Contains("content/regions/Foot.yaml:1:1: error V105: `Foot` is not a valid region id: use lowercase a-z, 0-9 and '-' only", lines);
        Assert.Contains(lines, l => l.StartsWith("content/regions/foot.yaml:1:1: error V106: the region id `foot` clashes with content/regions/Foot.yaml"));
    }

    [Fact]
    public void A_second_build_on_the_same_output_is_refused_while_the_first_holds_the_lock()
    {
        using var site = FixtureSite.Create();
        Assert.Equal(0, site.Build().ExitCode);
        var published = FolderSnapshot.Take(site.Output);

        using (OutputLock.TryAcquire(site.Output))
        {
            var run = site.Build();
            Assert.Equal(1, run.ExitCode);
            Assert.Contains("another build is writing this output folder right now", run.Errors);
        }
        Assert.Equal(published, FolderSnapshot.Take(site.Output));
        Assert.Equal(0, site.Build().ExitCode);
    }

    private static BuildRun RunBounded(FixtureSite site)
    {
        var task = Task.Run(() => site.Build());
        Assert.True(task.Wait(Bound), $"the build did not finish within {Bound.TotalSeconds} s");
        return task.Result;
    }

    private static string BillionLaughs()
    {
        var text = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var i = 1; i < 9; i++)
        {
            var prev = (char)('a' + i - 1);
            var name = (char)('a' + i);
            text.Append($"{name}: &{name} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]\n");
        }
        return text.ToString();
    }
}
