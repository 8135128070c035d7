using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Trackside.Serve;
using Trackside.Tests.Support;

namespace Trackside.Tests.Serve;

/// <summary>The live preview on 127.0.0.1: edits rebuild and reload; errors show over the last good site.</summary>
public sealed class PreviewServerTests : IAsyncLifetime
{
    private readonly FixtureSite _site = FixtureSite.Create();
    private readonly ReloadChannel _reload = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(20) };
    private PreviewBuilder _builder = null!;
    private PreviewServer _server = null!;
    private ChangeDebouncer _debouncer = null!;
    private SiteWatcher _watcher = null!;

    public async Task InitializeAsync()
    {
        _builder = new PreviewBuilder(_site.Source, _site.Output, _reload, TextWriter.Null, TextWriter.Null);
        _debouncer = new ChangeDebouncer(TimeSpan.FromMilliseconds(50), _builder.Rebuild);
        _watcher = new SiteWatcher(_site.Source, _debouncer.Notify, _debouncer.NotifyLost);
        _builder.Rebuild(null);
        _server = await PreviewServer.StartAsync(_builder, _reload, port: 0);
    }

    public async Task DisposeAsync()
    {
        _watcher.Dispose();
        _debouncer.Dispose();
        await _server.DisposeAsync();
        _http.Dispose();
        _site.Dispose();
    }

    [Fact]
    public async Task Served_pages_carry_the_reload_script_and_the_site_files()
    {
        var html = await _http.GetStringAsync(_server.Url + "exercises/calf-raise.html");
        var page = new HtmlParser().ParseDocument(html);
        Assert.Equal("Calf raise", page.QuerySelector("main h1")!.TextContent);
        Assert.StartsWith("/__trackside/reload.js?v=", page.QuerySelector("head script[src]")!.GetAttribute("src"));
        Assert.Contains("EventSource", await _http.GetStringAsync(_server.Url + "__trackside/reload.js"));
        Assert.Equal("text/css", (await _http.GetAsync(_server.Url + "static/site.css")).Content.Headers.ContentType!.MediaType);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await _http.GetAsync(_server.Url + "..%2F..%2Fetc/passwd")).StatusCode);
    }

    [Fact]
    public async Task Saving_a_file_rebuilds_the_page_and_sends_a_reload_event()
    {
        using var events = await ReloadEvents.ConnectAsync(_http, _server.Url);
        Assert.Equal("1", await events.NextAsync()); // the version the stream starts at

        _site.With("content/regions/hamstring.yaml", "title: Hamstrings renamed\nsummary: Back of the thigh.\n");

        var page = await PageAfterReloadsAsync(events, "regions/hamstring.html", p => Heading(p) == "Hamstrings renamed");
        Assert.Null(page.QuerySelector(".trackside-overlay"));
    }

    [Fact]
    public async Task Errors_show_as_an_overlay_over_the_last_good_page_until_fixed()
    {
        using var events = await ReloadEvents.ConnectAsync(_http, _server.Url);
        await events.NextAsync();

        _site.With("content/regions/foot.yaml", "title: Broken foot\nconects: [ankle]\n");

        var broken = await PageAfterReloadsAsync(events, "regions/foot.html",
            p => p.QuerySelector(".trackside-overlay")?.TextContent.Contains("conects") == true);
        var overlay = broken.QuerySelector(".trackside-overlay")!.TextContent;
        Assert.Contains("content/regions/foot.yaml:2:1: error V104: unknown field `conects` in a region", overlay);
        Assert.Contains("hint: did you mean `connects`?", overlay);
        Assert.Contains("2 | conects: [ankle]", overlay);
        Assert.Equal("Foot", broken.QuerySelector("main h1")!.TextContent); // the last good build underneath

        _site.With("content/regions/foot.yaml", "title: Fixed foot\nconnects: [ankle]\n");

        var fixedPage = await PageAfterReloadsAsync(events, "regions/foot.html", p => Heading(p) == "Fixed foot");
        Assert.Null(fixedPage.QuerySelector(".trackside-overlay"));
    }

    // A save can reach the watcher as two events (truncate, then write) further apart than the quiet
    // period; the first rebuild then reads a half-written file and reloads, and a second rebuild follows.
    // So read reload events until the page shows the saved text (NextAsync fails after 15 s without one).
    private async Task<IHtmlDocument> PageAfterReloadsAsync(ReloadEvents events, string page, Func<IHtmlDocument, bool> saved)
    {
        while (true)
        {
            await events.NextAsync();
            var document = new HtmlParser().ParseDocument(await _http.GetStringAsync(_server.Url + page));
            if (saved(document)) return document;
        }
    }

    private static string? Heading(IHtmlDocument page) => page.QuerySelector("main h1")?.TextContent;

    [Fact]
    public void A_burst_of_events_causes_one_rebuild()
    {
        var calls = new List<IReadOnlyCollection<string>?>();
        using var debouncer = new ChangeDebouncer(TimeSpan.FromMilliseconds(100), changed => { lock (calls) calls.Add(changed); });
        foreach (var path in new[] { "content/a.yaml", "content/a.yaml~", "content/a.yaml", "content/b.yaml" }) debouncer.Notify(path);

        // Wait for the rebuild (a loaded machine may run the timer late), then a while longer for a second one.
        Assert.True(SpinWait.SpinUntil(() => { lock (calls) return calls.Count > 0; }, TimeSpan.FromSeconds(10)), "no rebuild after the burst");
        Thread.Sleep(500);

        var call = Assert.Single(calls);
        Assert.NotNull(call);
        Assert.Equal(["content/a.yaml", "content/a.yaml~", "content/b.yaml"], call.Order());
    }

    [Fact]
    public void Lost_events_make_the_next_rebuild_check_every_file()
    {
        var calls = new List<IReadOnlyCollection<string>?>();
        using var debouncer = new ChangeDebouncer(TimeSpan.FromMilliseconds(100), changed => { lock (calls) calls.Add(changed); });
        debouncer.Notify("content/a.yaml");
        debouncer.NotifyLost();

        Assert.True(SpinWait.SpinUntil(() => { lock (calls) return calls.Count > 0; }, TimeSpan.FromSeconds(10)), "no rebuild after the lost events");
        Thread.Sleep(500);

        Assert.Null(Assert.Single(calls));
    }
}
