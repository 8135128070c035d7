namespace Trackside.Tests.Support;

/// <summary>What one run of the command line printed and returned.</summary>
public sealed record BuildRun(int ExitCode, string Output, string Errors)
{
    /// <summary>The first lines of each diagnostic: <c>path:line:col: severity CODE: message</c>.</summary>
    public IReadOnlyList<string> DiagnosticLines =>
        Errors.Split('\n').Where(l => l.Contains(": error ") || l.Contains(": warning ")).Select(l => l.TrimEnd('\r')).ToList();
}
