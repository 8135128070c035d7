using Trackside.Tests.Support;

namespace Trackside.Tests.Output;

/// <summary>
/// Rebuilds reuse the pages whose inputs did not change: identical bytes, and file dates kept, so a
/// deploy uploads only what changed. Everything an edit shows up on must still be rebuilt.
/// </summary>
public sealed class IncrementalOutputTests : IDisposable
{
    private static readonly DateTime LongAgo = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly FixtureSite _site = FixtureSite.Create();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Building_the_same_content_twice_gives_byte_identical_output()
    {
        var second = Path.Combine(_site.Root, "second");
        Assert.Equal(0, _site.Build().ExitCode);
        Assert.Equal(0, FixtureSite.Run(["build", "--source", _site.Source, "--output", second]).ExitCode);

        Assert.Equal(FolderSnapshot.Take(_site.Output), FolderSnapshot.Take(second));
    }

    [Fact]
    public void Unchanged_pages_keep_their_files_and_dates_and_changed_ones_are_rebuilt()
    {
        Assert.Equal(0, _site.Build().ExitCode);
        foreach (var file in Directory.EnumerateFiles(_site.Output, "*", SearchOption.AllDirectories)) File.SetLastWriteTimeUtc(file, LongAgo);

        _site.With("content/exercises/hill-walk.yaml", File.ReadAllText(Path.Combine(_site.Source, "content/exercises/hill-walk.yaml"))
            .Replace("title: Forefoot hill walk", "title: Forefoot slope walk"));
        var run = _site.Build();

        Assert.Equal(0, run.ExitCode);
        var rebuilt = Directory.EnumerateFiles(_site.Output, "*.html", SearchOption.AllDirectories)
            .Where(f => File.GetLastWriteTimeUtc(f) != LongAgo).Select(f => Path.GetRelativePath(_site.Output, f)).ToHashSet();
        // The page itself, pages that list it (back-links, regions, the progression's stage card) and index pages.
        Assert.Contains("exercises/hill-walk.html", rebuilt);
        Assert.Contains("exercises/calf-raise.html", rebuilt);
        Assert.Contains("progressions/back-to-running.html", rebuilt);
        Assert.Contains("regions/foot.html", rebuilt);
        Assert.Contains("exercises/index.html", rebuilt);
        Assert.DoesNotContain("sources/index.html", rebuilt); // lists only sources
        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(Path.Combine(_site.Output, "exercises/ankle-screen.html")));
        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(Path.Combine(_site.Output, "static/site.css")));

        // Wherever the exercise is listed, the new title shows: no stale page was reused.
        var stale = Directory.EnumerateFiles(_site.Output, "*.html", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f).Contains("Forefoot hill walk")).Select(f => Path.GetRelativePath(_site.Output, f)).ToList();
        Assert.Empty(stale);
    }

    [Fact]
    public void Reused_output_equals_a_clean_build()
    {
        Assert.Equal(0, _site.Build().ExitCode);
        _site.With("content/regions/ankle.yaml", "title: Ankle joint\nsummary: Renamed.\nconnects: [hamstring]\n");
        Assert.Equal(0, _site.Build().ExitCode);

        var clean = Path.Combine(_site.Root, "clean");
        Assert.Equal(0, FixtureSite.Run(["build", "--source", _site.Source, "--output", clean, "--clean"]).ExitCode);
        Assert.Equal(FolderSnapshot.Take(clean), FolderSnapshot.Take(_site.Output));
    }

    [Fact]
    public void Template_change_rebuilds_every_page()
    {
        Assert.Equal(0, _site.Build().ExitCode);
        _site.With("templates/_links.sbn", "<ul class=\"link-list changed\">{{ for link in links }}<li><a href=\"{{ link.href }}\">{{ link.title }}</a></li>{{ end }}</ul>");
        Assert.Equal(0, _site.Build().ExitCode);
        Assert.NotNull(_site.Page("index.html").QuerySelector("ul.link-list.changed"));
        Assert.NotNull(_site.Page("regions/foot.html").QuerySelector("ul.link-list.changed"));
    }
}
