using Markdig;
using Trackside.Diagnostics;
using Trackside.Link;
using Trackside.Link.Markdown;
using Trackside.Load;
using Trackside.Model;
using Trackside.Render;
using Trackside.Validate;

namespace Trackside.Build;

/// <summary>
/// Runs the stages in order and publishes only when no stage reported an error. An incremental
/// session (<c>serve</c>) keeps what earlier builds read, parsed and rendered: it re-reads only changed
/// files and re-renders only pages whose inputs changed, writing them in place.
/// </summary>
public sealed class BuildSession(BuildOptions options, bool incremental)
{
    private readonly MarkdownPipeline _markdown = MarkdownSetup.CreatePipeline();
    private readonly LoadCache? _loadCache = incremental ? new LoadCache() : null;
    private readonly ValidateCache? _validateCache = incremental ? new ValidateCache() : null;
    private readonly MarkdownCache? _markdownCache = incremental ? new MarkdownCache() : null;
    private readonly LinkCache? _linkCache = incremental ? new LinkCache() : null;
    private readonly Render.Pages.PageFingerprints? _fingerprints = incremental ? new Render.Pages.PageFingerprints() : null;
    private readonly Render.Pages.PagePlanner? _planner = incremental ? new Render.Pages.PagePlanner() : null;
    private readonly Render.Extras.SiteExtras? _extras = incremental ? new() : null;
    private readonly AssetFiles _assets = new();

    // What the output folder holds from this session's last publish; null until the first one.
    private PublishedSite? _published;

    // The templates of the last publish, parsed, with their render contexts: reused while unchanged.
    private TemplateCatalog? _catalog;

    // changed: the source paths changed since the last build, when known. While none is under templates/, the kept catalog
    // stands without reading every template and static file again to fingerprint them.
    private TemplateCatalog Catalog(SourceFiles sources, IReadOnlyCollection<string>? changed)
    {
        var templatesSame = changed is not null && !changed.Any(path => path == "templates" || path.StartsWith("templates/", StringComparison.Ordinal));
        var current = _catalog is not null && templatesSame ? _catalog : new TemplateCatalog(options.SourceFolder, sources);
        if (_catalog is null || _catalog.Fingerprint() != current.Fingerprint()) return current;
        _catalog.MoveTo(sources);
        return _catalog;
    }

    /// <param name="changed">The source paths changed since the last build, as a file watcher reported them; null when not known (every file is checked).</param>
    public BuildResult Build(IReadOnlyCollection<string>? changed = null)
    {
        var diagnostics = new DiagnosticBag();
        // A one-shot build reads a content file again to quote it; a session keeps the texts, as it reads only edited files.
        var sources = incremental ? new SourceFiles() : new SourceFiles(options.SourceFolder);
        var timings = new StageTimings();
        BuildResult Result(int pages, bool published) => new(diagnostics.Sorted(), sources, pages, published, timings);

        var content = LoadAndValidate(diagnostics, sources, timings, changed);
        if (options.BaseUrl is not null) content = content with { Site = content.Site with { BaseUrl = options.BaseUrl } };
        // A one-shot build keeps no parsed Markdown: its search documents are made as the link stage parses each item's texts.
        var earlySearch = incremental || options.OutputFolder is null ? null : new Search.EarlySearchDocuments();
        var graph = timings.Time("link", () => LinkResolver.Resolve(content, _markdown, diagnostics, _markdownCache, _linkCache,
            earlySearch is null ? null : (item, document) => earlySearch.Make(content, item, document)));
        var catalog = Catalog(sources, changed);

        if (options.OutputFolder is null)
        {
            // `check` writes nothing, but a broken template must still fail it.
            if (!diagnostics.HasErrors) timings.Time("render", () => SiteRenderer.Render(graph, catalog, diagnostics, (_, _) => { }));
            return Result(0, false);
        }
        if (diagnostics.HasErrors) return Result(0, false);

        try
        {
            var writer = new SiteWriter(options, graph, catalog, diagnostics, timings, _fingerprints, _planner,
                _extras ?? new Render.Extras.SiteExtras(keep: false, earlySearch), _assets, changed);
            var (pages, published) = _published is null ? writer.PublishStaged() : writer.UpdateInPlace(_published);
            if (published is not null && incremental) (_published, _catalog) = (published, catalog);
            return Result(pages, published is not null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _published = null; // the output may be half updated: start the next build from scratch
            diagnostics.Error(Codes.OutputFailed, SourceSpan.WholeFile(options.OutputFolder) with { Length = 0 },
                $"the site could not be written: {e.Message}", "the previously published site is unchanged; check the disk space and permissions");
            return Result(0, false);
        }
    }

    // A method of its own so that the YAML trees are garbage once validation is done, not held
    // through linking and rendering by the closures of Build.
    private ContentSet LoadAndValidate(DiagnosticBag diagnostics, SourceFiles sources, StageTimings timings, IReadOnlyCollection<string>? changed)
    {
        if (_validateCache is null)
        {
            // Without caches to keep them for the next build, each file's tree dies as soon as its item is bound.
            var checkedFiles = timings.Time("load+check", () =>
                ContentLoader.Load(options.SourceFolder, options.Limits, diagnostics, sources, file => ContentValidator.CheckFile(file, diagnostics)));
            return timings.Time("validate", () => ContentValidator.Validate(checkedFiles, diagnostics));
        }
        var loaded = timings.Time("load", () => ContentLoader.Load(options.SourceFolder, options.Limits, diagnostics, sources, _loadCache, changed));
        return timings.Time("validate", () => ContentValidator.Validate(loaded, diagnostics, _validateCache));
    }
}
