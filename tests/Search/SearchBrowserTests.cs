using Microsoft.Playwright;
using Trackside.Tests.Browser;

namespace Trackside.Tests.Search;

/// <summary>
/// The search box in headless Chromium on the repository's own site: the index is fetched only once
/// the box has focus, results appear as the athlete types (typos and prefixes included), and the
/// keyboard works: arrows move through results, Escape clears, Enter opens the first.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchBrowserTests(BrowserSite site)
{
    private const string Page = "exercises/pogo-hops.html";

    private static ILocator Box(IPage page) => page.GetByRole(AriaRole.Searchbox, new() { Name = "Search" });

    private static ILocator Results(IPage page) => page.Locator("#site-search-results a");

    [BrowserFact]
    public async Task The_index_loads_on_focus_and_results_appear_as_you_type()
    {
        await using var context = await site.NewContext();
        var page = await context.NewPageAsync();
        var errors = BrowserSite.Errors(page);
        const string indexFetched = "performance.getEntriesByType('resource').some(e => e.name.includes('/search/'))";
        await page.GotoAsync(site.Server.Url + Page);
        await Assertions.Expect(Box(page)).ToBeVisibleAsync();
        await page.WaitForTimeoutAsync(300);
        Assert.False(await page.EvaluateAsync<bool>(indexFetched), "the index was fetched before the box got focus");

        await Box(page).FocusAsync();
        await page.WaitForFunctionAsync("() => performance.getEntriesByType('resource').some(e => e.name.endsWith('/search/terms.txt'))");

        await Box(page).PressSequentiallyAsync("calf rai");
        await Assertions.Expect(Results(page).First).ToHaveAttributeAsync("href", "../exercises/single-leg-calf-raise.html");
        await Assertions.Expect(page.Locator("#site-search-status")).ToContainTextAsync("result");
        Assert.Equal("Exercise", await page.Locator("#site-search-results li").First.Locator(".site-search-kind").TextContentAsync());
        Assert.Empty(errors);
    }

    // On a 360 px phone the box is narrow: its hint must show whole, not stop mid-word ("Exercises, explanations, bo").
    [BrowserFact]
    public async Task The_search_hint_fits_the_box_on_a_small_phone()
    {
        await using var context = await site.NewContext(new() { ViewportSize = new() { Width = 360, Height = 740 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Server.Url + Page);
        await Assertions.Expect(Box(page)).ToBeVisibleAsync();

        var widths = await Box(page).EvaluateAsync<double[]>("""
            box => {
              const style = getComputedStyle(box);
              const text = document.createElement('canvas').getContext('2d');
              text.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
              return [text.measureText(box.placeholder).width, box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)];
            }
            """);
        Assert.True(widths[0] <= widths[1], $"the hint is {widths[0]:0} px wide in a box with room for {widths[1]:0} px");
    }

    [BrowserTheory]
    [InlineData("qalf raise")]   // first letter wrong
    [InlineData("sinlge leg calf")] // swapped letters
    [InlineData("calf rase")]    // a letter missing
    public async Task Typos_anywhere_still_find_the_exercise(string typed)
    {
        await using var context = await site.NewContext();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Server.Url + Page);

        await Box(page).FillAsync(typed);

        await Assertions.Expect(Results(page).First).ToHaveAttributeAsync("href", "../exercises/single-leg-calf-raise.html");
    }

    [BrowserFact]
    public async Task Arrows_move_through_results_Escape_clears_and_Enter_opens_the_first()
    {
        await using var context = await site.NewContext();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Server.Url + Page);
        await Box(page).FillAsync("ankle");
        await Assertions.Expect(Results(page).Nth(1)).ToBeVisibleAsync();

        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal(await Results(page).First.GetAttributeAsync("href"), await page.EvaluateAsync<string>("document.activeElement.getAttribute('href')"));
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal(await Results(page).Nth(1).GetAttributeAsync("href"), await page.EvaluateAsync<string>("document.activeElement.getAttribute('href')"));
        await page.Keyboard.PressAsync("ArrowUp");
        await page.Keyboard.PressAsync("ArrowUp");
        Assert.Equal("site-search-input", await page.EvaluateAsync<string>("document.activeElement.id"));

        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Escape");
        Assert.Equal("site-search-input", await page.EvaluateAsync<string>("document.activeElement.id"));
        Assert.Equal("", await Box(page).InputValueAsync());
        await Assertions.Expect(Results(page)).ToHaveCountAsync(0);
        Assert.Equal("", await page.Locator("#site-search-status").TextContentAsync());

        await Box(page).FillAsync("pogo hops");
        await Assertions.Expect(Results(page).First).ToHaveAttributeAsync("href", "../exercises/pogo-hops.html");
        await Box(page).FillAsync("knee to wall");
        await Assertions.Expect(Results(page).First).ToHaveAttributeAsync("href", "../exercises/knee-to-wall-dorsiflexion.html");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/exercises/knee-to-wall-dorsiflexion\\.html$"));
    }

    [BrowserFact]
    public async Task Without_javascript_the_form_stays_hidden()
    {
        await using var context = await site.NewContext(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Server.Url + Page);

        await Assertions.Expect(page.Locator("form[role=search]")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".site-nav")).ToBeVisibleAsync();
    }
}
