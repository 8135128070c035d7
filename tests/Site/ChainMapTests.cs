using AngleSharp.Dom;
using Trackside.Tests.Support;

namespace Trackside.Tests.Site;

/// <summary>
/// The kinetic-chain map: an inline SVG drawn at build time on the home page and each region page,
/// every region a link to its page, one line per connection, the current region marked. In the base
/// fixture the ankle connects to the hamstring and the foot to the ankle: a chain of three.
/// </summary>
public sealed class ChainMapTests : IDisposable
{
    private readonly FixtureSite _site = FixtureSite.Create();

    public void Dispose() => _site.Dispose();

    private static IElement Map(IDocument page) => Assert.Single(page.QuerySelectorAll("nav.chain-map svg"));

    private static List<IElement> Nodes(IDocument page) => Map(page).QuerySelectorAll("a.node").ToList();

    private static int Edges(IDocument page) => Map(page).QuerySelectorAll(".edge").Length;

    /// <summary>The top of each region's box, by region id.</summary>
    private static Dictionary<string, int> Tops(IDocument page) =>
        Nodes(page).ToDictionary(a => a.GetAttribute("data-region")!, a => int.Parse(a.QuerySelector("rect:not(.ring)")!.GetAttribute("y")!));

    [Fact]
    public void Home_page_shows_the_map_with_every_region_as_a_link_to_its_page()
    {
        Assert.Equal(0, _site.Build().ExitCode);
        var home = _site.Page("index.html");

        var nav = home.QuerySelector("main nav.chain-map")!;
        Assert.Equal("The kinetic chain", home.GetElementById(nav.GetAttribute("aria-labelledby")!)!.TextContent);
        var svg = Map(home);
        Assert.Equal("group", svg.GetAttribute("role"));
        Assert.StartsWith("Map of the kinetic chain: 3 body regions, 2 connections", svg.QuerySelector("title")!.TextContent);

        var hrefs = Nodes(home).Select(a => a.GetAttribute("href")!).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["regions/ankle.html", "regions/foot.html", "regions/hamstring.html"], hrefs);
        Assert.All(hrefs, h => Assert.True(File.Exists(Path.Combine(_site.Output, h)), h));
        Assert.Equal(["Ankle", "Foot", "Hamstring"], Nodes(home).Select(a => a.QuerySelector("title")!.TextContent).Order());
        Assert.Equal(Nodes(home).Select(a => a.QuerySelector("title")!.TextContent), Nodes(home).Select(a => a.QuerySelector("text")!.TextContent));
        Assert.Empty(home.QuerySelectorAll("[aria-current]"));
    }

    [Fact]
    public void Each_region_page_shows_the_map_with_its_own_region_marked()
    {
        Assert.Equal(0, _site.Build().ExitCode);

        foreach (var region in new[] { "ankle", "foot", "hamstring" })
        {
            var page = _site.Page($"regions/{region}.html");
            var current = Assert.Single(Map(page).QuerySelectorAll("a[aria-current]"));
            Assert.Equal("page", current.GetAttribute("aria-current"));
            Assert.Equal($"../regions/{region}.html", current.GetAttribute("href"));
            // Not by colour alone: a second outline, a thicker border and bold text.
            Assert.NotNull(current.QuerySelector("rect.ring"));
            Assert.Equal("4", current.QuerySelector("rect:not(.ring)")!.GetAttribute("stroke-width"));
            Assert.Equal("700", current.QuerySelector("text")!.GetAttribute("font-weight"));
            Assert.All(Nodes(page).Where(a => a != current), a =>
            {
                Assert.Null(a.QuerySelector("rect.ring"));
                Assert.Equal("400", a.QuerySelector("text")!.GetAttribute("font-weight"));
            });
            Assert.All(Nodes(page), a => Assert.True(File.Exists(Path.GetFullPath(Path.Combine(_site.Output, "regions", a.GetAttribute("href")!)))));
        }
    }

    [Fact]
    public void Map_is_only_on_the_home_page_and_region_pages()
    {
        Assert.Equal(0, _site.Build().ExitCode);

        var withMap = Directory.EnumerateFiles(_site.Output, "*.html", SearchOption.AllDirectories)
            .Where(f => Pages.Open(f).QuerySelector("svg") is not null)
            .Select(f => Path.GetRelativePath(_site.Output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        Assert.Equal(["index.html", "regions/ankle.html", "regions/foot.html", "regions/hamstring.html"], withMap);
    }

    [Fact]
    public void A_connection_is_drawn_once_whichever_files_name_it_and_unknown_or_self_links_are_not_drawn()
    {
        _site.With("content/regions/hamstring.yaml", "title: Hamstring\nsummary: Back of the thigh.\nconnects: [ankle]\n")
            .With("content/regions/foot.yaml", "title: Foot\nsummary: The base of the chain.\nconnects: [ankle, ankle]\n");
        var run = _site.Build();
        Assert.Equal(0, run.ExitCode);

        var home = _site.Page("index.html");
        Assert.Equal(2, Edges(home));
        var pairs = Map(home).QuerySelectorAll(".edge").Select(e => $"{e.GetAttribute("data-from")}-{e.GetAttribute("data-to")}");
        Assert.Equal(["ankle-foot", "ankle-hamstring"], pairs);
        Assert.Contains("Ankle connects to Foot.", Map(home).QuerySelector("desc")!.TextContent);
    }

    [Fact]
    public void A_chain_is_drawn_as_one_column_from_one_end_at_the_bottom_to_the_other_on_top()
    {
        Assert.Equal(0, _site.Build().ExitCode);

        var top = Tops(_site.Page("index.html"));
        Assert.True(top["hamstring"] < top["ankle"] && top["ankle"] < top["foot"], string.Join(", ", top));
        var xs = Nodes(_site.Page("index.html")).Select(a => a.QuerySelector("rect")!.GetAttribute("x")).Distinct();
        Assert.Single(xs);
    }

    [Fact]
    public void A_branching_graph_is_laid_out_in_layers_without_overlapping_boxes()
    {
        _site.With("content/regions/knee.yaml", "title: Knee\nconnects: [ankle, hamstring, hip]\n")
            .With("content/regions/hip.yaml", "title: Hip\nconnects: [pelvis]\n")
            .With("content/regions/pelvis.yaml", "title: Pelvis\nconnects: [hamstring]\n")
            .With("content/regions/big-toe.yaml", "title: Big toe and the first metatarsophalangeal joint\nconnects: [foot]\n")
            .With("content/regions/spine.yaml", "title: Spine\n")
            .With("content/regions/neck.yaml", "title: Neck\nconnects: [spine]\n");
        Assert.Equal(0, _site.Build().ExitCode);
        var home = _site.Page("index.html");
        var svg = Map(home);

        Assert.Equal(9, Nodes(home).Count);
        Assert.Equal(9, Edges(home)); // ankle-hamstring, foot-ankle, knee x3, hip-pelvis, pelvis-hamstring, big-toe-foot, neck-spine
        var box = svg.GetAttribute("viewBox")!.Split(' ').Select(int.Parse).ToArray();
        var rects = Nodes(home).Select(a => a.QuerySelector("rect:not(.ring)")!)
            .Select(r => (X: int.Parse(r.GetAttribute("x")!), Y: int.Parse(r.GetAttribute("y")!), W: int.Parse(r.GetAttribute("width")!), H: int.Parse(r.GetAttribute("height")!)))
            .ToList();
        Assert.All(rects, r => Assert.True(r.X >= 0 && r.Y >= 0 && r.X + r.W <= box[2] && r.Y + r.H <= box[3], $"{r} outside {string.Join(' ', box)}"));
        for (var i = 0; i < rects.Count; i++)
            for (var j = i + 1; j < rects.Count; j++)
            {
                var (a, b) = (rects[i], rects[j]);
                Assert.False(a.X < b.X + b.W && b.X < a.X + a.W && a.Y < b.Y + b.H && b.Y < a.Y + a.H, $"{a} overlaps {b}");
            }
        Assert.All(rects, r => Assert.True(r.H >= 44, "each region is a tap target at least 44 units high"));

        // Groups that do not connect come after the main chain; the long title is wrapped, the full one is in <title>.
        var top = Tops(home);
        Assert.True(top["neck"] > top["big-toe"] && top["spine"] > top["big-toe"]);
        var toe = Nodes(home).Single(a => a.GetAttribute("data-region") == "big-toe");
        Assert.Equal("Big toe and the first metatarsophalangeal joint", toe.QuerySelector("title")!.TextContent);
        Assert.Equal(2, toe.QuerySelectorAll("tspan").Length);
    }

    [Fact]
    public void Region_titles_are_escaped_in_the_map()
    {
        const string Hostile = "Foot <script>alert(1)</script> \"><img src=x onerror=alert(1)>";
        _site.With("content/regions/foot.yaml", $"title: '{Hostile}'\nconnects: [ankle]\n");
        Assert.Equal(0, _site.Build().ExitCode);
        var svg = Map(_site.Page("index.html"));

        Assert.Empty(svg.QuerySelectorAll("script, img, foreignObject"));
        Assert.DoesNotContain(svg.QuerySelectorAll("*").SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(svg.QuerySelectorAll("a.node title"), t => t.TextContent == Hostile);
        Assert.Contains(Hostile, svg.QuerySelector("desc")!.TextContent);
    }

    [Fact]
    public void Changing_a_connection_redraws_the_map_on_pages_the_edit_does_not_otherwise_touch()
    {
        Assert.Equal(0, _site.Build().ExitCode);
        Assert.Equal(2, Edges(_site.Page("regions/foot.html")));

        _site.With("content/regions/hamstring.yaml", "title: Hamstring\nsummary: Back of the thigh.\nconnects: [foot]\n");
        Assert.Equal(0, _site.Build().ExitCode);

        Assert.Equal(3, Edges(_site.Page("index.html")));
        Assert.Equal(3, Edges(_site.Page("regions/foot.html")));
        Assert.Equal(3, Edges(_site.Page("regions/ankle.html")));
    }

    [Fact]
    public void A_site_without_regions_draws_no_map()
    {
        var layout = Trackside.Render.Map.ChainLayout.Of([]);

        Assert.Empty(layout.Nodes);
        Assert.Equal("", Trackside.Render.Map.ChainMapSvg.Render(layout, "", null));
    }
}
