using System.Collections.Concurrent;
using Trackside.Diagnostics;
using Trackside.Link;
using Trackside.Load;
using Trackside.Output;
using Trackside.Render;
using Trackside.Render.Extras;

namespace Trackside.Build;

/// <summary>Renders the site into the output: all of it through a staged swap, or only what changed, in place.</summary>
/// <param name="changed">The source paths changed since the session's last build, as a file watcher reported them; null when not known.</param>
internal sealed class SiteWriter(BuildOptions options, SiteGraph graph, TemplateCatalog catalog, DiagnosticBag diagnostics, StageTimings timings,
    Render.Pages.PageFingerprints? fingerprints, Render.Pages.PagePlanner? planner, SiteExtras extras, AssetFiles assetFiles, IReadOnlyCollection<string>? changed)
{
    private string Output => options.OutputFolder!;

    /// <summary>Writes the whole site beside the output and swaps it in; null when nothing was published.</summary>
    public (int Pages, PublishedSite? Published) PublishStaged()
    {
        using var outputLock = OutputLock.TryAcquire(Output);
        if (outputLock is null)
        {
            diagnostics.Error(Codes.OutputFailed, SourceSpan.WholeFile(Output) with { Length = 0 },
                "another build is writing this output folder right now", "wait for it to finish, then build again");
            return (0, null);
        }

        using var staged = StagedOutput.Begin(Output);
        // Pages whose inputs match the published manifest are taken from the published site, not rendered.
        var reusable = options.Clean ? null : PageManifest.Read(Output)?.Where(p => staged.PublishedHas(p.Key)).ToDictionary(p => p.Key, p => p.Value);
        // The static files, assets and extras are made from the graph, not from the pages: they are made and
        // written while the pages are planned and rendered, and fill the time where those leave a core idle.
        // The search index comes first and needs no plans; the extras that list the pages wait for them.
        SiteRenderer.WillPlan(graph, planner);
        var others = Task.Run(() => WriteOtherFiles(staged));
        RenderReport report;
        Dictionary<string, string> files;
        try
        {
            SiteRenderer.Plans(graph, planner);
            report = timings.Time("render+write", () => SiteRenderer.Render(graph, catalog, diagnostics, staged.Write, reusable, fingerprints, planner));
            files = timings.Time("copy files", () =>
            {
                foreach (var (page, fingerprint) in report.Fingerprints)
                    if (reusable?.GetValueOrDefault(page) == fingerprint) staged.Reuse(page);
                staged.WriteText(PageManifest.FileName, PageManifest.Format(report.Fingerprints));
                return others.GetAwaiter().GetResult();
            });
        }
        finally
        {
            Task.WhenAny(others).Wait(); // never leave it writing into a staging folder that is being removed
        }
        if (diagnostics.HasErrors) return (report.Rendered, null);
        timings.Time("publish", () => { staged.Publish(); return 0; });
        return (report.Rendered, new PublishedSite(report.Fingerprints, files));
    }

    /// <summary>
    /// Renders only pages whose inputs changed since <paramref name="previous"/>, keeps them in memory
    /// until every page rendered without error, then replaces each file atomically and removes pages
    /// and files the site no longer has. Used by <c>serve</c>, where the output is a private preview.
    /// </summary>
    public (int Pages, PublishedSite? Published) UpdateInPlace(PublishedSite previous)
    {
        var pending = new ConcurrentBag<(string Path, byte[] Html)>();
        var report = timings.Time("render", () => SiteRenderer.Render(graph, catalog, diagnostics, (path, html) => pending.Add((path, html.ToArray())), previous.Pages, fingerprints, planner));
        if (diagnostics.HasErrors) return (report.Rendered, null);

        var files = timings.Time("write", () =>
        {
            foreach (var (path, html) in pending) Replace(path, html);
            var current = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (path, bytes) in OtherFiles())
            {
                current[path] = Fingerprint.OfFile(bytes);
                if (previous.Files.GetValueOrDefault(path) != current[path]) Replace(path, bytes);
            }
            foreach (var gone in previous.Pages.Keys.Where(p => !report.Fingerprints.ContainsKey(p)).Concat(previous.Files.Keys.Where(f => !current.ContainsKey(f))))
                File.Delete(Path.Combine(Output, gone));
            return current;
        });
        return (report.Rendered, new PublishedSite(report.Fingerprints, files));
    }

    // Writes the other files into the staged site (taking those the published site has with the same bytes)
    // and gives the hash of each by its path.
    private Dictionary<string, string> WriteOtherFiles(StagedOutput staged)
    {
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, bytes) in OtherFiles())
        {
            if (staged.PublishedHas(path, bytes)) staged.Reuse(path);
            else staged.Write(path, bytes);
            hashes.Add(path, Fingerprint.OfFile(bytes));
        }
        return hashes;
    }

    // Static files from the templates, the content's assets and the generated extras, with their site paths.
    private IEnumerable<(string Path, byte[] Bytes)> OtherFiles()
    {
        var assets = assetFiles.Read(options.SourceFolder, graph.Content.Assets, changed);
        return catalog.StaticFileContents().Select(file => ("static/" + file.Name, file.Bytes))
            .Concat(assets.Concat(extras.Files(graph, catalog, assets)).Select(file => (file.Path, file.Content)));
    }

    private void Replace(string relativePath, byte[] bytes)
    {
        var target = Path.Combine(Output, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temporary = target + ".tmp-" + Environment.ProcessId;
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, target, overwrite: true); // a reader sees the old page or the new one, never half
    }
}
