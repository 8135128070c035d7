using System.Text;
using Trackside.Diagnostics;
using Trackside.Render;
using Trackside.Render.Pages;

namespace Trackside.Tests.Render;

/// <summary>A build renders page after page with one template context per thread: nothing may carry over.</summary>
public sealed class PageRendererTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("trackside-renderer-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void One_thread_renders_megabytes_of_pages_each_whole()
    {
        Directory.CreateDirectory(Path.Combine(_root, "templates"));
        File.WriteAllText(Path.Combine(_root, "templates", "layout.sbn"), "<main>{{ content }}</main>\n");
        File.WriteAllText(Path.Combine(_root, "templates", "home.sbn"), "<p>{{ page }}</p>");
        var diagnostics = new DiagnosticBag();
        var renderer = new PageRenderer(new TemplateCatalog(_root, new SourceFiles()), diagnostics);
        var text = new string('x', 100_000);
        var plan = new PagePlan("index.html", "home", () => text, "Home", "", null, null!);
        var layout = new LayoutModel("Site", "Home", "", "en", "", "", "", [], "", "", null!, "");

        // Thirty pages of 100,000 characters: three times the 1 MiB after which Scriban stops writing unless told not to.
        var rendered = new List<string>();
        for (var page = 0; page < 30; page++)
            Assert.True(renderer.Render(plan, layout, (_, html) => rendered.Add(Encoding.UTF8.GetString(html))), diagnostics.All().FirstOrDefault()?.Message);

        Assert.Equal(30, rendered.Count);
        Assert.All(rendered, html => Assert.Equal($"<main><p>{text}</p></main>\n", html));
    }
}
