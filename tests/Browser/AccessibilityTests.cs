using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Trackside.Tests.Browser;

/// <summary>
/// axe-core, in a real browser, on every kind of page of the repository's own site, in the light and
/// the dark colour scheme, on a phone-sized screen: no violations, and no script or console errors
/// (the Content-Security-Policy refusing a file would show as one).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserSite site)
{
    public static TheoryData<string> PageTypes => new()
    {
        "index.html",                                  // home
        "exercises/single-leg-calf-raise.html",        // exercise
        "progressions/return-to-running.html",         // progression
        "explanations/regional-interdependence.html",  // explanation
        "regions/ankle.html",                          // region
        "sources/dea-2021.html",                       // source
        "exercises/index.html",                        // list: all exercises
        "categories/strength.html",                    // list: category (levels and kind indexes use the same template)
        "tags/index.html",                             // list: tags
        "tags/running.html",                           // list: one tag
        "404.html",                                    // not found
    };

    [BrowserTheory]
    [MemberData(nameof(PageTypes))]
    public async Task Page_has_no_axe_violations_in_light_and_dark(string path)
    {
        Assert.True(File.Exists(Path.Combine(site.Output, path)), $"{path} was not built");
        await AssertNoViolations(site.Server, path);
    }

    // Page types only a large library has: a later page of a paged list, and an item's list of everything naming it.
    [BrowserTheory]
    [InlineData("exercises/index.2.html")]
    [InlineData("regions/ankle.all.html")]
    public async Task Long_list_page_has_no_axe_violations_in_light_and_dark(string path) =>
        await AssertNoViolations(site.LongLists, path);

    private async Task AssertNoViolations(StaticSiteServer server, string path)
    {
        await using var context = await site.NewContext(new() { ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        var errors = BrowserSite.Errors(page);
        var response = await page.GotoAsync(server.Url + path);
        Assert.True(response?.Ok, $"{path} was not served");

        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Light });
        AssertNone(path, "light", await page.RunAxe(ViolationsOnly()));
        // The dark scheme changes colours only: check their contrast again, with the axe-core that
        // RunAxe left in the page (a second RunAxe would inject it again, several seconds a page).
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        var dark = await page.EvaluateAsync<string[]>("""
            axe.run(document, { runOnly: { type: 'rule', values: ['color-contrast', 'link-in-text-block'] }, resultTypes: ['violations'] })
              .then(r => r.violations.flatMap(v => v.nodes.map(n => `${v.id}: ${v.help}\n  ${n.target.join(' ')}: ${n.html}\n    ${n.failureSummary}`)))
            """);
        Assert.True(dark.Length == 0, $"{path} (dark):\n" + string.Join('\n', dark));
        Assert.True(errors.Count == 0, path + ":\n" + string.Join('\n', errors));
    }

    // Every rule, reporting violations only: passes are many and slow to return.
    private static AxeRunOptions ViolationsOnly() => new() { ResultTypes = [ResultType.Violations] };

    private static void AssertNone(string path, string scheme, AxeResult result) =>
        Assert.True(result.Violations.Length == 0, $"{path} ({scheme}):\n" + Describe(result.Violations));

    private static string Describe(IEnumerable<AxeResultItem> violations) => string.Join('\n', violations.Select(v =>
        $"{v.Id} ({v.Impact}): {v.Help}\n" + string.Join('\n', v.Nodes.Select(n => $"  {n.Target}: {n.Html}\n" +
            string.Join('\n', n.Any.Concat(n.All).Concat(n.None).Select(c => "    " + c.Message))))));
}
