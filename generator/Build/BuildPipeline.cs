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

        var loaded = ContentLoader.Load(options.SourceFolder, options.Limits, diagnostics, sources);
        var content = ContentValidator.Validate(loaded, diagnostics);
        if (options.BaseUrl is not null) content = content with { Site = content.Site with { BaseUrl = options.BaseUrl } };
        var graph = LinkResolver.Resolve(content, MarkdownSetup.CreatePipeline(), diagnostics);
        var catalog = new TemplateCatalog(options.SourceFolder, sources);

        if (options.OutputFolder is null || diagnostics.HasErrors)
        {
            if (options.OutputFolder is null) CheckTemplates(graph, catalog, diagnostics);
            return new BuildResult(diagnostics.Sorted(), sources, 0, false);
        }
        try
        {
            return Publish(options, graph, catalog, diagnostics, sources);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(Codes.OutputFailed, SourceSpan.WholeFile(options.OutputFolder) with { Length = 0 },
                $"the site could not be written: {e.Message}", "the previously published site is unchanged; check the disk space and permissions");
            return new BuildResult(diagnostics.Sorted(), sources, 0, false);
        }
    }

    private static BuildResult Publish(BuildOptions options, SiteGraph graph, TemplateCatalog catalog, DiagnosticBag diagnostics, SourceFiles sources)
    {
        using var outputLock = OutputLock.TryAcquire(options.OutputFolder!);
        if (outputLock is null)
        {
            diagnostics.Error(Codes.OutputFailed, SourceSpan.WholeFile(options.OutputFolder!) with { Length = 0 },
                "another build is writing this output folder right now", "wait for it to finish, then build again");
            return new BuildResult(diagnostics.Sorted(), sources, 0, false);
        }

        using var staged = StagedOutput.Begin(options.OutputFolder!);
        var pages = SiteRenderer.Render(graph, catalog, diagnostics, staged.WriteText);
        foreach (var name in catalog.StaticFiles())
            staged.Write("static/" + name, catalog.ReadBytes("static/" + name)!);
        foreach (var asset in graph.Content.Assets)
            staged.Copy(Path.Combine(options.SourceFolder, ContentScanner.AssetsFolder, asset), SitePaths.Asset(asset));

        if (diagnostics.HasErrors) return new BuildResult(diagnostics.Sorted(), sources, pages, false);
        staged.Publish();
        return new BuildResult(diagnostics.Sorted(), sources, pages, true);
    }

    // `check` writes nothing, but a broken template must still fail it.
    private static void CheckTemplates(SiteGraph graph, TemplateCatalog catalog, DiagnosticBag diagnostics) =>
        SiteRenderer.Render(graph, catalog, diagnostics, (_, _) => { });
}
