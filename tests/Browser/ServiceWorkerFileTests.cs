using System.Text.RegularExpressions;
using Trackside.Diagnostics;
using Trackside.Model;
using Trackside.Render.Offline;
using Trackside.Tests.Support;

namespace Trackside.Tests.Browser;

/// <summary>
/// The generated <c>sw.js</c> without a browser: what it pre-caches, and a version that is the same
/// for the same content and changes with any byte the site publishes (so a rebuild replaces the cache).
/// </summary>
public sealed partial class ServiceWorkerFileTests : IDisposable
{
    private readonly FixtureSite _site = FixtureSite.Create();

    public void Dispose() => _site.Dispose();

    [GeneratedRegex("^const VERSION = \"([0-9a-f]{16})\";$", RegexOptions.Multiline)]
    private static partial Regex VersionLine();

    [GeneratedRegex("^  (\".*\"),$", RegexOptions.Multiline)]
    private static partial Regex ListLine();

    private string Worker => File.ReadAllText(Path.Combine(_site.Output, "sw.js"));

    private string Version => VersionLine().Match(Worker).Groups[1].Value;

    private List<string> Precached => ListLine().Matches(Worker).Select(m => System.Text.Json.JsonSerializer.Deserialize<string>(m.Groups[1].Value)!).ToList();

    private void Build(params string[] extra)
    {
        var run = _site.Build(extra);
        Assert.True(run.ExitCode == 0, run.Errors);
    }

    [Fact]
    public void A_small_site_pre_caches_every_file_a_reader_can_open()
    {
        Build();

        var everyFile = Directory.EnumerateFiles(_site.Output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_site.Output, f).Replace('\\', '/'))
            .Where(f => f != "sw.js" && !f.StartsWith('.'))
            .Where(f => f.Contains('/') || !(f == "robots.txt" || f.EndsWith(".xml"))) // for crawlers and feed readers
            .Order(StringComparer.Ordinal);
        Assert.Equal(everyFile, Precached.Order(StringComparer.Ordinal));
        Assert.Contains("index.html", Precached);
        Assert.Contains("404.html", Precached);
        Assert.Contains("static/site.css", Precached);
        Assert.Contains("static/offline.js", Precached);
        Assert.Contains("progressions/back-to-running.html", Precached);
        Assert.Equal(Precached.Count, Precached.Distinct().Count());
    }

    [Fact]
    public void Every_page_registers_the_worker_from_a_file_and_the_progression_loads_its_ticks_script()
    {
        Build();

        foreach (var file in Directory.EnumerateFiles(_site.Output, "*.html", SearchOption.AllDirectories).Where(f => !f.EndsWith("404.html")))
        {
            var page = Pages.Open(file);
            var scripts = page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!).ToList();
            var root = SitePathsRoot(Path.GetRelativePath(_site.Output, file));
            Assert.Contains(root + "static/offline.js", scripts);
            Assert.All(page.QuerySelectorAll("script:not([type='application/ld+json'])"), s => Assert.Equal("", s.TextContent.Trim())); // no inline code: the CSP allows files only
        }
        var progression = _site.Page("progressions/back-to-running.html");
        Assert.Contains("../static/progress.js", progression.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")));
    }

    private static string SitePathsRoot(string page) => string.Concat(Enumerable.Repeat("../", page.Count(c => c == '/')));

    [Fact]
    public void The_same_content_gives_the_same_worker_and_any_published_change_a_new_version()
    {
        Build("--clean");
        var first = Worker;
        Build("--clean");
        Assert.Equal(first, Worker);
        var original = Version;

        var versions = new List<string> { original };
        void Expect(string change)
        {
            Build();
            Assert.DoesNotContain(Version, versions);
            versions.Add(Version);
        }

        var calf = Path.Combine(_site.Source, "content/exercises/calf-raise.yaml");
        var calfText = File.ReadAllText(calf);
        File.WriteAllText(calf, calfText.Replace("title: Calf raise", "title: Slow calf raise"));
        Expect("an exercise");
        File.WriteAllText(calf, calfText);
        Build();
        Assert.Equal(original, Version); // a content hash, not a build counter

        _site.WithBytes("content/assets/calf.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"u8.ToArray());
        Expect("a new image");
        _site.WithBytes("content/assets/calf.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\"/>"u8.ToArray());
        Expect("the bytes of an image");
        _site.With("templates/static/site.css", File.ReadAllText(Path.Combine(RepoPaths.Root, "templates/static/site.css")) + "\n/* local */\n");
        Expect("the stylesheet");
        _site.With("content/site.yaml", File.ReadAllText(Path.Combine(_site.Source, "content/site.yaml")) + "\n# a comment\n");
        Expect("the site settings");
    }

    [Fact]
    public void A_large_site_pre_caches_the_shell_and_what_athletes_need_first_within_the_budgets()
    {
        var span = SourceSpan.WholeFile("x");
        Exercise Exercise(int i) => new() { Kind = ContentKind.Exercise, Id = $"e{i:D4}", Title = $"E{i}", Category = "strength", Level = "beginner" };
        var exercises = Enumerable.Range(0, 2000).Select(Exercise).ToDictionary(e => e.Id);
        var progression = new Progression
        {
            Kind = ContentKind.Progression, Id = "back", Title = "Back",
            Prerequisites = [new ItemRef(ContentKind.Exercise, "e1999", span)],
            Stages = [new Stage("One", null, null, null, [new StageExercise(new ItemRef(ContentKind.Exercise, "e1500", span), null, null)], ["ok"], [])],
        };
        var content = new ContentSet(new SiteSettings(), exercises, new Dictionary<string, Progression> { ["back"] = progression },
            new Dictionary<string, Explanation>(), new Dictionary<string, Region>(), new Dictionary<string, Source>(), [], new HashSet<(ContentKind, string)>());
        var pages = exercises.Keys.Select(id => $"exercises/{id}.html")
            .Concat(["index.html", "404.html", "exercises/index.html", "progressions/index.html", "progressions/back.html", "categories/strength.html", "tags/a.html"])
            .ToList();
        const long MiB = 1024 * 1024;
        var assets = new[] { new PrecachePolicy.SiteFile("assets/a.jpg", 5 * MiB), new PrecachePolicy.SiteFile("assets/b.jpg", 5 * MiB), new PrecachePolicy.SiteFile("assets/c.svg", MiB) };

        var searchPieces = new[] { new PrecachePolicy.SiteFile("search/p0.bin", MiB), new PrecachePolicy.SiteFile("search/d0.json", MiB) };

        var chosen = PrecachePolicy.Choose(content, pages, ["static/site.css", "search/terms.txt"], searchPieces, assets).ToList();

        Assert.Equal(PrecachePolicy.MaxPages, chosen.Count(p => p.EndsWith(".html")));
        Assert.Equal(["search/terms.txt", "static/site.css", "search/d0.json", "search/p0.bin", "404.html", "exercises/index.html", "index.html", "progressions/index.html"], chosen.Take(8));
        Assert.True(chosen.IndexOf("progressions/back.html") < chosen.IndexOf("exercises/e0000.html"));
        Assert.Contains("exercises/e1500.html", chosen); // in a stage
        Assert.Contains("exercises/e1999.html", chosen); // a prerequisite
        Assert.Contains("categories/strength.html", chosen);
        Assert.DoesNotContain("exercises/e1998.html", chosen); // past the budget: saved when first read
        Assert.DoesNotContain("tags/a.html", chosen);
        Assert.Equal(["assets/a.jpg", "assets/c.svg"], chosen.Where(p => p.StartsWith("assets/")));
        Assert.Equal(chosen, PrecachePolicy.Choose(content, pages.AsEnumerable().Reverse().ToList(), ["search/terms.txt", "static/site.css"], searchPieces.Reverse(), assets.Reverse()));

        // A search index past the budget is saved piece by piece as searches fetch it, never half pre-cached.
        var hugeIndex = Enumerable.Range(0, 5).Select(i => new PrecachePolicy.SiteFile($"search/p{i}.bin", MiB)).ToList();
        var withHugeIndex = PrecachePolicy.Choose(content, pages, ["static/site.css", "search/terms.txt"], hugeIndex, assets);
        Assert.Contains("search/terms.txt", withHugeIndex);
        Assert.DoesNotContain(withHugeIndex, p => p.StartsWith("search/p", StringComparison.Ordinal));
    }
}
