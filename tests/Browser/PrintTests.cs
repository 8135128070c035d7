using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Trackside.Tests.Browser;

/// <summary>
/// Printing: a progression is one sheet of A4 or Letter with every stage, its exercises and doses,
/// when to move on and when to stop, boxes to tick, the source and the disclaimer; every page prints
/// black on white without the navigation, even when the screen is dark.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class PrintTests(BrowserSite site)
{
    private const string Progression = "progressions/return-to-running.html";

    // Each page of a PDF is one "/Type /Page" object ("/Type /Pages" is the page tree).
    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageObject();

    [BrowserTheory]
    [InlineData("A4")]
    [InlineData("Letter")]
    public async Task A_progression_prints_on_one_page(string format)
    {
        await using var context = await site.NewContext();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Server.Url + Progression);

        var pdf = await page.PdfAsync(new() { Format = format });

        Assert.Equal(1, PageObject().Count(Encoding.Latin1.GetString(pdf)));
    }

    [BrowserFact]
    public async Task The_printed_progression_shows_stages_doses_criteria_ticks_source_and_disclaimer()
    {
        await using var context = await site.NewContext();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Server.Url + Progression);
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        var stages = await page.Locator("li.stage").CountAsync();
        Assert.Equal(4, stages);
        foreach (var selector in new[] { "li.stage > h3", ".advance-when", "fieldset.ticks", ".tick-row" })
            Assert.Equal(stages, await Visible(page, selector));
        Assert.Equal(await page.Locator(".stage-exercise").CountAsync(), await Visible(page, ".stage-exercise .dose"));
        Assert.Equal(await page.Locator("li.stage .stop-if").CountAsync(), await Visible(page, "li.stage .stop-if"));
        Assert.Equal(stages * 9, await Visible(page, "fieldset.ticks input[type=checkbox]"));
        await Assertions.Expect(page.Locator(".sheet-footer")).ToContainTextAsync("How Fixing Your Ankles Will Safeguard Your Hamstrings");
        await Assertions.Expect(page.Locator(".site-footer .disclaimer")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".site-footer .disclaimer")).ToContainTextAsync("not medical advice");
        foreach (var hidden in new[] { ".site-nav", ".skip-link", ".progress-tools", ".site-footer nav", "#linked-from" })
            Assert.Equal(0, await Visible(page, hidden));
    }

    [BrowserTheory]
    [InlineData("exercises/single-leg-calf-raise.html")]
    [InlineData(Progression)]
    [InlineData("explanations/regional-interdependence.html")]
    public async Task Pages_print_black_on_white_without_navigation_even_in_dark_mode(string path)
    {
        await using var context = await site.NewContext(new() { ColorScheme = ColorScheme.Dark });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Server.Url + path);
        Assert.NotEqual("rgb(255, 255, 255)", await Style(page, "body", "backgroundColor")); // dark on screen

        await page.EmulateMediaAsync(new() { Media = Media.Print, ColorScheme = ColorScheme.Dark });

        Assert.Equal("rgb(255, 255, 255)", await Style(page, "body", "backgroundColor"));
        Assert.Equal("rgb(0, 0, 0)", await Style(page, "body", "color"));
        Assert.Equal("rgb(0, 0, 0)", await Style(page, "main h1", "color"));
        Assert.Contains(await Style(page, ".site-header", "backgroundColor"), new[] { "rgb(255, 255, 255)", "rgba(0, 0, 0, 0)" });
        foreach (var hidden in new[] { ".site-nav", ".skip-link", ".notice", ".site-footer nav" })
            Assert.Equal(0, await Visible(page, hidden));
        Assert.Equal(0, await page.EvaluateAsync<int>(
            "[...document.querySelectorAll('.site-header > *:not(.site-title)')].filter(e => e.checkVisibility()).length"));
    }

    private static Task<int> Visible(IPage page, string selector) =>
        page.EvaluateAsync<int>("s => [...document.querySelectorAll(s)].filter(e => e.checkVisibility()).length", selector);

    private static Task<string> Style(IPage page, string selector, string property) =>
        page.EvaluateAsync<string>("([s, p]) => getComputedStyle(document.querySelector(s))[p]", new[] { selector, property });
}
