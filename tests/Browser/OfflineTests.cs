using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Trackside.Serve;
using Trackside.Tests.Support;

namespace Trackside.Tests.Browser;

/// <summary>
/// Offline, in a real browser: after one visit the service worker has the site, so pages never
/// opened load with the network off (the browser offline and the server refusing connections);
/// a rebuild brings a new worker whose cache replaces the old one, so no stale page is left.
/// Each test serves its own copy on its own port: its own origin, so its own worker and caches.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class OfflineTests(BrowserSite site)
{
    [GeneratedRegex("const VERSION = \"([0-9a-f]+)\";")]
    private static partial Regex Version();

    private static string VersionOf(string output) => Version().Match(File.ReadAllText(Path.Combine(output, "sw.js"))).Groups[1].Value;

    private async Task<IPage> VisitAndWaitForTheWorker(IBrowserContext context, string url)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(url);
        // The worker controls the page once it has installed (every pre-cached file is saved) and activated.
        await page.WaitForFunctionAsync("() => navigator.serviceWorker.controller !== null", null, new() { Timeout = 30_000 });
        return page;
    }

    private static Task<string[]> CacheNames(IPage page) => page.EvaluateAsync<string[]>("caches.keys()");

    // Polls an async predicate in the page (WaitForFunctionAsync takes a returned promise as "true").
    private static async Task Until(IPage page, string predicate, int timeoutMs = 30_000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (!await page.EvaluateAsync<bool>(predicate))
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out waiting for " + predicate);
            await Task.Delay(100);
        }
    }

    [BrowserFact]
    public async Task After_one_visit_pages_never_opened_load_with_the_network_off()
    {
        await using var server = await StaticSiteServer.StartAsync(site.Output);
        await using var context = await site.NewContext(new() { ServiceWorkers = ServiceWorkerPolicy.Allow });
        var page = await VisitAndWaitForTheWorker(context, server.Url + "index.html");
        Assert.Equal([$"trackside:{server.Url}:{VersionOf(site.Output)}"], await CacheNames(page));

        server.Down = true;
        await context.SetOfflineAsync(true);

        foreach (var (path, heading) in new[]
        {
            ("exercises/pogo-hops.html", "Pogo hops"),
            ("progressions/return-to-running.html", "Return to running after ankle or hamstring trouble"),
            ("sources/dea-2021.html", null),
            ("tags/running.html", null),
            ("exercises/", "All exercises"),                 // a folder: its index page
            ("regions/ankle.html?from=search#chain", null),  // query strings and fragments don't matter
        })
        {
            var response = await page.GotoAsync(server.Url + path);
            Assert.True(response is { Ok: true }, $"{path}: {response?.Status}");
            var h1 = await page.Locator("main h1").TextContentAsync();
            if (heading is not null) Assert.Equal(heading, h1);
            Assert.False(string.IsNullOrWhiteSpace(h1), path);
            // The stylesheet came from the cache too.
            Assert.Equal("flex", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.site-nav ul')).display"));
        }

        // The search index and the scripts are there for search and ticks.
        foreach (var file in Directory.EnumerateFiles(Path.Combine(site.Output, "search")).Select(f => "search/" + Path.GetFileName(f))
                     .Append("static/progress.js"))
            Assert.Equal(200, await page.EvaluateAsync<int>("url => fetch(url).then(r => r.status)", server.Url + file));

        // And searching, typo included, works on a page opened offline.
        await page.GotoAsync(server.Url + "exercises/pogo-hops.html");
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Search" }).FillAsync("qalf raise");
        await Assertions.Expect(page.Locator("#site-search-results a").First).ToHaveAttributeAsync("href", "../exercises/single-leg-calf-raise.html");

        // A page that was never saved gets a clear offline page, not the browser's error.
        var missing = await page.GotoAsync(server.Url + "exercises/no-such-exercise.html");
        Assert.Equal(503, missing!.Status);
        Assert.Equal("You are offline", await page.Locator("h1").TextContentAsync());
    }

    [BrowserFact]
    public async Task A_rebuild_replaces_the_cache_so_offline_pages_are_never_stale()
    {
        using var fixture = FixtureSite.Create();
        Assert.Equal(0, fixture.Build().ExitCode);
        var oldVersion = VersionOf(fixture.Output);
        await using var server = await StaticSiteServer.StartAsync(fixture.Output);
        await using var context = await site.NewContext(new() { ServiceWorkers = ServiceWorkerPolicy.Allow });
        var page = await VisitAndWaitForTheWorker(context, server.Url + "index.html");
        Assert.Equal([$"trackside:{server.Url}:{oldVersion}"], await CacheNames(page));

        var calfRaise = Path.Combine(fixture.Source, "content/exercises/calf-raise.yaml");
        File.WriteAllText(calfRaise, File.ReadAllText(calfRaise).Replace("title: Calf raise", "title: Slow calf raise"));
        Assert.Equal(0, fixture.Build().ExitCode);
        var newVersion = VersionOf(fixture.Output);
        Assert.NotEqual(oldVersion, newVersion);

        // The browser checks sw.js on navigation (and every 24 hours); ask now, then wait for the swap.
        await page.EvaluateAsync("navigator.serviceWorker.getRegistration().then(r => r.update())");
        await Until(page, $"async () => (await caches.keys()).join() === 'trackside:{server.Url}:{newVersion}'");

        server.Down = true;
        await context.SetOfflineAsync(true);
        await page.GotoAsync(server.Url + "exercises/calf-raise.html");
        Assert.Equal("Slow calf raise", await page.Locator("main h1").TextContentAsync());
    }

    [BrowserFact]
    public async Task Opened_from_disk_the_site_works_without_a_worker()
    {
        await using var context = await site.NewContext(new() { ServiceWorkers = ServiceWorkerPolicy.Allow });
        var page = await context.NewPageAsync();
        var errors = BrowserSite.Errors(page);

        await page.GotoAsync(new Uri(Path.Combine(site.Output, "progressions/return-to-running.html")).AbsoluteUri);

        Assert.Equal("Return to running after ankle or hamstring trouble", await page.Locator("main h1").TextContentAsync());
        Assert.Equal(0, await page.EvaluateAsync<int>(
            "navigator.serviceWorker ? navigator.serviceWorker.getRegistrations().then(r => r.length, () => 0) : 0"));
        // Ticks work from disk too.
        await page.Locator("#stage-1 fieldset.ticks").GetByLabel("Session 1", new() { Exact = true }).CheckAsync();
        await page.ReloadAsync();
        Assert.True(await page.Locator("#stage-1 fieldset.ticks").GetByLabel("Session 1", new() { Exact = true }).IsCheckedAsync());
        Assert.Empty(errors);
    }

    [BrowserFact]
    public async Task The_live_preview_never_installs_the_worker()
    {
        using var fixture = FixtureSite.Create();
        var reload = new ReloadChannel();
        var builder = new PreviewBuilder(fixture.Source, fixture.Output, reload, TextWriter.Null, TextWriter.Null);
        builder.Rebuild(null);
        await using var preview = await PreviewServer.StartAsync(builder, reload, port: 0);
        await using var context = await site.NewContext(new() { ServiceWorkers = ServiceWorkerPolicy.Allow });
        var page = await context.NewPageAsync();

        await page.GotoAsync(preview.Url + "index.html");
        await page.WaitForLoadStateAsync(LoadState.Load);
        await page.WaitForTimeoutAsync(300);

        Assert.True(File.Exists(Path.Combine(fixture.Output, "sw.js")));
        Assert.Equal(0, await page.EvaluateAsync<int>("navigator.serviceWorker.getRegistrations().then(r => r.length)"));
    }
}
