using Trackside.Diagnostics;

namespace Trackside.Build;

/// <summary>The outcome of a build: every diagnostic, how many pages were rendered, and whether a new site was published.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, SourceFiles Sources, int Pages, bool Published, StageTimings Timings)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
