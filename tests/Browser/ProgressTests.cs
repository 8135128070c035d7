using Microsoft.Playwright;

namespace Trackside.Tests.Browser;

/// <summary>
/// Ticking sessions and stages on a progression page: kept in this browser's localStorage only
/// (one key per progression and stage), never sent anywhere, cleared by the reset button; with
/// JavaScript off the page still reads as a plain list with plain boxes.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ProgressTests(BrowserSite site)
{
    private const string Path = "progressions/return-to-running.html";
    private const string Stage1Key = "trackside-progress:return-to-running:stage-1";
    private const string Stage2Key = "trackside-progress:return-to-running:stage-2";

    private static ILocator Box(IPage page, int stage, string name) =>
        page.Locator($"#stage-{stage} fieldset.ticks").GetByLabel(name, new() { Exact = true });

    [BrowserFact]
    public async Task Ticks_survive_a_reload_stay_on_the_device_and_can_be_cleared()
    {
        await using var context = await site.NewContext();
        var page = await context.NewPageAsync();
        var errors = BrowserSite.Errors(page);
        await page.GotoAsync(site.Server.Url + Path);
        await Assertions.Expect(page.Locator(".progress-tools")).ToBeVisibleAsync();

        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Method + " " + request.Url);
        await Box(page, 1, "Session 1").CheckAsync();
        await Box(page, 1, "Session 2").CheckAsync();
        await Box(page, 2, "Stage 2 finished").CheckAsync();
        Assert.Empty(requests); // nothing leaves the browser
        Assert.Equal("Saved on this device.", await page.Locator(".progress-status").TextContentAsync());
        Assert.Equal("[\"1\",\"2\"]", await page.EvaluateAsync<string>($"localStorage.getItem('{Stage1Key}')"));
        Assert.Equal("[\"done\"]", await page.EvaluateAsync<string>($"localStorage.getItem('{Stage2Key}')"));

        await page.ReloadAsync();
        Assert.True(await Box(page, 1, "Session 1").IsCheckedAsync());
        Assert.True(await Box(page, 1, "Session 2").IsCheckedAsync());
        Assert.False(await Box(page, 1, "Session 3").IsCheckedAsync());
        Assert.True(await Box(page, 2, "Stage 2 finished").IsCheckedAsync());
        Assert.False(await Box(page, 1, "Stage 1 finished").IsCheckedAsync());
        Assert.Contains("stage-finished", await page.Locator("#stage-2").GetAttributeAsync("class"));

        // A second tab (no form state to restore) reads the same ticks from storage.
        var other = await context.NewPageAsync();
        await other.GotoAsync(site.Server.Url + Path);
        Assert.True(await Box(other, 1, "Session 2").IsCheckedAsync());
        Assert.True(await Box(other, 2, "Stage 2 finished").IsCheckedAsync());

        // Unticking the last box of a stage removes its key.
        await Box(other, 2, "Stage 2 finished").UncheckAsync();
        Assert.Null(await other.EvaluateAsync<string?>($"localStorage.getItem('{Stage2Key}')"));

        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.ReloadAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Clear my ticks" }).ClickAsync();
        Assert.Equal(0, await page.Locator("fieldset.ticks input:checked").CountAsync());
        Assert.Equal(0, await page.EvaluateAsync<int>("Object.keys(localStorage).filter(k => k.startsWith('trackside-progress:')).length"));
        Assert.Equal("Ticks cleared.", await page.Locator(".progress-status").TextContentAsync());
        Assert.Empty(errors);
    }

    [BrowserFact]
    public async Task Without_javascript_the_boxes_are_plain_and_the_storage_tools_hidden()
    {
        await using var context = await site.NewContext(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Server.Url + Path);

        await Assertions.Expect(page.Locator(".progress-tools")).ToBeHiddenAsync();
        Assert.Equal(4, await page.Locator("li.stage fieldset.ticks").CountAsync());
        await Assertions.Expect(page.Locator("#stage-1 .stage-exercise").First).ToBeVisibleAsync();
        await Box(page, 3, "Session 8").CheckAsync(); // a plain checkbox still ticks
        Assert.True(await Box(page, 3, "Session 8").IsCheckedAsync());
    }
}
