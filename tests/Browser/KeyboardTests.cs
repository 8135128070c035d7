using Microsoft.Playwright;

namespace Trackside.Tests.Browser;

/// <summary>
/// Keyboard only: the first Tab lands on the skip link, which leads into the main content; Tab alone
/// also reaches the search box in the header, and Enter opens a result.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardTests(BrowserSite site)
{
    [BrowserTheory]
    [InlineData("index.html")]
    [InlineData("exercises/single-leg-calf-raise.html")]
    [InlineData("progressions/return-to-running.html")]
    public async Task Tab_reaches_the_skip_link_first_then_the_main_content(string path)
    {
        await using var context = await site.NewContext();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Server.Url + path);

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to main content", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        Assert.Equal("#main", await page.EvaluateAsync<string>("document.activeElement.getAttribute('href')"));
        var box = await page.Locator(".skip-link").BoundingBoxAsync();
        Assert.True(box is { Y: >= 0, Height: > 0 }, "the focused skip link is on screen");

        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("document.activeElement.id"));

        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("document.activeElement.closest('main') !== null"),
            "after the skip link, Tab moves through the main content, not the header");
    }

    [BrowserFact]
    public async Task Tab_alone_reaches_the_search_box_and_Enter_opens_a_result()
    {
        await using var context = await site.NewContext();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Server.Url + "index.html");

        // The box sits in the header after the skip link, the site name and the main navigation.
        var presses = 0;
        while (await page.EvaluateAsync<string>("document.activeElement.id") != "site-search-input")
        {
            Assert.True(++presses <= 15, "the search box is not among the first 15 stops of Tab");
            await page.Keyboard.PressAsync("Tab");
        }
        await page.Keyboard.TypeAsync("pogo");
        await Assertions.Expect(page.Locator("#site-search-results a").First).ToHaveAttributeAsync("href", "exercises/pogo-hops.html");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/exercises/pogo-hops\\.html$"));
    }
}
