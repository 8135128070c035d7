using Trackside.Build;
using Trackside.Diagnostics;

namespace Trackside.Cli;

/// <summary>Prints a build's diagnostics and the closing count, and picks the exit code.</summary>
internal static class DiagnosticsReport
{
    public static int Write(BuildResult result, TextWriter error)
    {
        var writer = new DiagnosticTextWriter(error, result.Sources);
        writer.WriteAll(result.Diagnostics);
        writer.WriteSummary(result.Diagnostics);
        return result.HasErrors ? ExitCodes.ContentErrors : ExitCodes.Success;
    }
}
