using Microsoft.Playwright;
using Trackside.Tests.Support;

namespace Trackside.Tests.Browser;

/// <summary>
/// The browser tests' shared state: the repository's own site, built once into a temporary folder and
/// served on 127.0.0.1, a generated library big enough for paged lists (served by <see cref="LongLists"/>),
/// and one headless Debian Chromium driven by Playwright. Playwright never
/// downloads a browser here: it starts <see cref="Chromium"/>, which <c>.ci/run</c> installs.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    /// <summary>Why the browser tests cannot run here, or null. In CI they always run (and fail without Chromium).</summary>
    public static string? SkipReason =>
        File.Exists(Chromium) || Environment.GetEnvironmentVariable("CI") == "true"
            ? null
            : $"Chromium is not installed at {Chromium}: `apt-get install chromium` (.ci/run does) to run the browser tests";

    private readonly string _root = Directory.CreateTempSubdirectory("trackside-browser-").FullName;
    private IPlaywright? _playwright;

    /// <summary>Exercises in the generated library: more than one page of the all-exercises list.</summary>
    public const int LongListSize = 150;

    public string Output => Path.Combine(_root, "site");
    public StaticSiteServer Server { get; private set; } = null!;
    public StaticSiteServer LongLists { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (SkipReason is not null) return;
        Server = await StaticSiteServer.StartAsync(Output);
        var run = FixtureSite.Run(["build", "--source", RepoPaths.Root, "--output", Output, "--base-url", Server.Url]);
        Assert.True(run.ExitCode == 0, run.Errors);

        var library = Path.Combine(_root, "library");
        Trackside.Bench.Corpus.CorpusGenerator.Write(library, LongListSize, seed: LongListSize);
        LongLists = await StaticSiteServer.StartAsync(Path.Combine(_root, "library-site"));
        run = FixtureSite.Run(["build", "--source", library, "--output", Path.Combine(_root, "library-site"), "--base-url", LongLists.Url]);
        Assert.True(run.ExitCode == 0, run.Errors);
        Browser = await Launch();
        // On a loaded 2-core machine a navigation or a first search can take several seconds.
        Assertions.SetDefaultExpectTimeout(15_000);
    }

    /// <summary>Starts Playwright's driver and Debian's Chromium with the flags this machine needs.</summary>
    public async Task<IBrowser> Launch()
    {
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright ??= await Playwright.CreateAsync();
        return await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run",
            ],
        });
    }

    /// <summary>
    /// A fresh browser context (own storage and caches), with the service worker blocked unless a test
    /// needs it, and every request to another host refused: the tests never leave 127.0.0.1.
    /// </summary>
    public async Task<IBrowserContext> NewContext(BrowserNewContextOptions? options = null)
    {
        options ??= new();
        options.ServiceWorkers ??= ServiceWorkerPolicy.Block;
        var context = await Browser.NewContextAsync(options);
        context.SetDefaultTimeout(15_000);
        // A navigation waits for every file of the page; while other tests build sites on both cores
        // that can take long without anything being wrong. Assertions keep their 15 s.
        context.SetDefaultNavigationTimeout(60_000);
        if (options.ServiceWorkers == ServiceWorkerPolicy.Block)
            await context.RouteAsync(url => url.StartsWith("http", StringComparison.Ordinal) && !url.StartsWith("http://127.0.0.1:", StringComparison.Ordinal),
                route => route.AbortAsync());
        return context;
    }

    /// <summary>Script errors and console errors of a page from now on (a blocked script or style shows here too).</summary>
    public static List<string> Errors(IPage page)
    {
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") lock (errors) errors.Add($"console: {message.Text}"); };
        page.PageError += (_, error) => { lock (errors) errors.Add($"script: {error}"); };
        return errors;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (Server is not null) await Server.DisposeAsync();
        if (LongLists is not null) await LongLists.DisposeAsync();
        try { Directory.Delete(_root, recursive: true); }
        catch (IOException) { /* a leftover temp folder is harmless */ }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSite>
{
    public const string Name = "browser";
}

/// <summary>A browser test: skipped, with the reason, where Chromium is not installed (never in CI).</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (BrowserSite.SkipReason is { } reason) Skip = reason;
    }
}

/// <summary>A browser theory: skipped, with the reason, where Chromium is not installed (never in CI).</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (BrowserSite.SkipReason is { } reason) Skip = reason;
    }
}
