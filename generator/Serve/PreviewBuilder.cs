using System.Diagnostics;
using Trackside.Build;
using Trackside.Cli;
using Trackside.Diagnostics;

namespace Trackside.Serve;

/// <summary>
/// Rebuilds the preview after each burst of changes. A failed build publishes nothing, so the
/// last good site stays on disk and is served with the errors laid over it.
/// </summary>
public sealed class PreviewBuilder(string sourceFolder, string previewFolder, ReloadChannel reload, TextWriter output, TextWriter error)
{
    private readonly Lock _lock = new();
    private readonly BuildSession _session = new(new BuildOptions(sourceFolder, previewFolder), incremental: true);

    /// <summary>The last build's result when it failed; null while the content is valid.</summary>
    public BuildResult? Failure { get; private set; }

    public string PreviewFolder => previewFolder;

    /// <param name="changed">The paths the watcher reported since the last build; null when events were lost (every file is checked).</param>
    public void Rebuild(IReadOnlyCollection<string>? changed)
    {
        lock (_lock)
        {
            var clock = Stopwatch.StartNew();
            var result = _session.Build(changed);
            Failure = result.Published ? null : result;
            var writer = new DiagnosticTextWriter(error, result.Sources);
            writer.WriteAll(result.Diagnostics);
            output.WriteLine(result.Published
                ? $"Rebuilt in {clock.ElapsedMilliseconds} ms: {result.Pages} pages rendered ({Describe(changed)}; {Stages(result)})."
                : $"Build failed in {clock.ElapsedMilliseconds} ms: {result.Diagnostics.Count(d => d.Severity == Severity.Error)} errors. Still serving the last good site.");
            reload.Publish();
        }
    }

    private static string Stages(BuildResult result) =>
        string.Join(", ", result.Timings.Stages.Select(s => $"{s.Stage} {s.Time.TotalMilliseconds:F0} ms"));

    private static string Describe(IReadOnlyCollection<string>? changed) => changed?.Count switch
    {
        null => "every file checked",
        0 => "no changes",
        1 => changed.First(),
        _ => $"{changed.Count} files changed",
    };
}
