using Trackside.Diagnostics;
using Trackside.Link;
using Trackside.Link.Markdown;
using Trackside.Load;
using Trackside.Output;
using Trackside.Render;
using Trackside.Validate;

namespace Trackside.Build;

/// <summary>Runs the stages in order. Publishes only when no stage reported an error.</summary>
public static class BuildPipeline
{
    public static BuildResult Run(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var sources = new SourceFiles();
        var timings = new StageTimings();

        var loaded = timings.Time("load", () => ContentLoader.Load(options.SourceFolder, options.Limits, diagnostics, sources));
        var content = timings.Time("validate", () => ContentValidator.Validate(loaded, diagnostics));
        if (options.BaseUrl is not null) content = content with { Site = content.Site with { BaseUrl = options.BaseUrl } };
        var graph = timings.Time("link", () => LinkResolver.Resolve(content, MarkdownSetup.CreatePipeline(), diagnostics));
        var catalog = new TemplateCatalog(options.SourceFolder, sources);

        if (options.OutputFolder is null || diagnostics.HasErrors)
        {
            if (options.OutputFolder is null) timings.Time("render", () => CheckTemplates(graph, catalog, diagnostics));
            return new BuildResult(diagnostics.Sorted(), sources, 0, false, timings);
        }
        try
        {
            return Publish(options, graph, catalog, diagnostics, sources, timings);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(Codes.OutputFailed, SourceSpan.WholeFile(options.OutputFolder) with { Length = 0 },
                $"the site could not be written: {e.Message}", "the previously published site is unchanged; check the disk space and permissions");
            return new BuildResult(diagnostics.Sorted(), sources, 0, false, timings);
        }
    }

    private static BuildResult Publish(BuildOptions options, SiteGraph graph, TemplateCatalog catalog, DiagnosticBag diagnostics, SourceFiles sources, StageTimings timings)
    {
        using var outputLock = OutputLock.TryAcquire(options.OutputFolder!);
        if (outputLock is null)
        {
            diagnostics.Error(Codes.OutputFailed, SourceSpan.WholeFile(options.OutputFolder!) with { Length = 0 },
                "another build is writing this output folder right now", "wait for it to finish, then build again");
            return new BuildResult(diagnostics.Sorted(), sources, 0, false, timings);
        }

        using var staged = StagedOutput.Begin(options.OutputFolder!);
        var pages = timings.Time("render+write", () => SiteRenderer.Render(graph, catalog, diagnostics, staged.WriteText));
        timings.Time("copy files", () =>
        {
            foreach (var name in catalog.StaticFiles())
                staged.Write("static/" + name, catalog.ReadBytes("static/" + name)!);
            foreach (var asset in graph.Content.Assets)
                staged.Copy(Path.Combine(options.SourceFolder, ContentScanner.AssetsFolder, asset), SitePaths.Asset(asset));
            return 0;
        });

        if (diagnostics.HasErrors) return new BuildResult(diagnostics.Sorted(), sources, pages, false, timings);
        timings.Time("publish", () => { staged.Publish(); return 0; });
        return new BuildResult(diagnostics.Sorted(), sources, pages, true, timings);
    }

    // `check` writes nothing, but a broken template must still fail it.
    private static int CheckTemplates(SiteGraph graph, TemplateCatalog catalog, DiagnosticBag diagnostics) =>
        SiteRenderer.Render(graph, catalog, diagnostics, (_, _) => { });
}
