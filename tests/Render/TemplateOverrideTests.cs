using Trackside.Tests.Support;

namespace Trackside.Tests.Render;

public sealed class TemplateOverrideTests
{
    [Fact]
    public void Site_template_overrides_the_built_in_one_and_the_rest_fall_back()
    {
        using var site = FixtureSite.Create()
            .With("templates/_dose.sbn", "<p class=\"club-dose\">{{ for line in dose }}{{ line.label }}={{ line.value }};{{ end }}</p>");

        Assert.Equal(0, site.Build().ExitCode);

        var page = site.Page("exercises/calf-raise.html");
        Assert.Equal("Sets=3;Reps=12;Tempo=slow down;Rest=60 s;", page.QuerySelector(".dose-card .club-dose")!.TextContent);
        Assert.Null(page.QuerySelector("dl.dose"));
        Assert.NotNull(page.QuerySelector("#stop-if")); // exercise.sbn itself still comes from the built-in set
    }

    [Fact]
    public void A_site_layout_can_use_the_page_content_as_text()
    {
        using var site = FixtureSite.Create().With("templates/layout.sbn", """
            <html><body>{{ if content != "" }}<main>{{ content | string.strip }}</main>{{ end }}
            <p id="size">{{ content | string.size > 100 }}</p><p id="has">{{ content | string.contains "calf" }}</p>
              <div id="indented">
              {{ content }}
              </div>
            </body></html>
            """);
        Assert.Equal(0, site.Build().ExitCode);
        var page = site.Page("exercises/calf-raise.html");

        Assert.Equal("Calf raise", page.QuerySelector("main h1")!.TextContent);
        Assert.Equal("true", page.GetElementById("size")!.TextContent);
        Assert.Equal("true", page.GetElementById("has")!.TextContent);
        Assert.Equal("Calf raise", page.QuerySelector("#indented h1")!.TextContent);
    }

    [Fact]
    public void Site_static_file_overrides_the_built_in_stylesheet()
    {
        using var site = FixtureSite.Create().With("templates/static/site.css", "body{color:red}");
        Assert.Equal(0, site.Build().ExitCode);
        Assert.Equal("body{color:red}", File.ReadAllText(Path.Combine(site.Output, "static/site.css")));
    }

    [Fact]
    public void Template_syntax_error_is_located_in_the_template()
    {
        using var site = FixtureSite.Create().With("templates/region.sbn", "<h1>{{ page.title </h1>\n");
        var run = site.Build();
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("templates/region.sbn:1:", run.DiagnosticLines[0]);
        Assert.Contains("error T301", run.DiagnosticLines[0]);
    }

    [Fact]
    public void Assets_are_copied_and_images_link_to_them()
    {
        using var site = FixtureSite.Create()
            .With("content/assets/diagrams/calf.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
            .With("content/explanations/why-ankles.md",
                "---\ntitle: Why ankles matter\nsummary: S.\n---\n![Side view of a calf raise](diagrams/calf.svg)\n\n## The spring\n")
            .With("content/exercises/ankle-screen.yaml", """
                title: Ankle screen
                summary: Knee to wall.
                category: screen
                level: beginner
                regions: [ankle]
                steps: [Drive the knee to the wall.]
                stop_if: [Pain]
                images:
                  - src: diagrams/calf.svg
                    alt: A calf drawing
                    credit: Drawn for the test
                    license: CC-BY-4.0
                """);

        Assert.Equal(0, site.Build().ExitCode);

        Assert.True(File.Exists(Path.Combine(site.Output, "assets/diagrams/calf.svg")));
        var body = site.Page("explanations/why-ankles.html").QuerySelector(".prose img")!;
        Assert.Equal("../assets/diagrams/calf.svg", body.GetAttribute("src"));
        Assert.Equal("Side view of a calf raise", body.GetAttribute("alt"));
        var figure = site.Page("exercises/ankle-screen.html").QuerySelector("figure img")!;
        Assert.Equal("../assets/diagrams/calf.svg", figure.GetAttribute("src"));
        Assert.Equal("A calf drawing", figure.GetAttribute("alt"));
    }
}
