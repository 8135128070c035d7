using System.Text.RegularExpressions;
using Trackside.Tests.Support;

namespace Trackside.Tests.Robustness;

/// <summary>
/// What every build promises scripts, CI problem matchers and coaches, whatever the content: exit 0
/// or 1; no stack trace; stderr made only of diagnostics (a first line problem matchers parse, the
/// quoted line with its caret, a hint), the causes that repeat, and a closing count that agrees with
/// them and with the exit code.
/// </summary>
public static partial class CliContract
{
    [GeneratedRegex(@"^[^:]+:\d+:\d+: (error|warning) ([A-Z]\d{3}): (.+)")]
    private static partial Regex Header();

    [GeneratedRegex(@"^ *\d* \|( .*)?$")]
    private static partial Regex Excerpt();

    [GeneratedRegex(@"^  hint: .+")]
    private static partial Regex Hint();

    [GeneratedRegex(@"^(\d+) (error|warning)s with one cause: ([A-Z]\d{3}): (.+)$")]
    private static partial Regex Repeated();

    [GeneratedRegex(@"^(\d+) errors?, (\d+) warnings?$")]
    private static partial Regex Summary();

    /// <summary>
    /// Each broken promise, as a sentence; empty when the run kept them all.
    /// </summary>
    public static List<string> Problems(BuildRun run)
    {
        var problems = new List<string>();
        if (run.ExitCode is not (0 or 1)) problems.Add($"exit code {run.ExitCode}, not 0 or 1");
        if (run.Errors.Contains("   at ") || run.Errors.Contains("Exception")) problems.Add("stderr holds a stack trace or an exception name");

        var lines = run.Errors.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        if (lines.Count > 0 && lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1);
        if (lines.Count == 0 || Summary().Match(lines[^1]) is not { Success: true } summary)
        {
            problems.Add($"the last stderr line is not `N errors, N warnings`: `{(lines.Count > 0 ? lines[^1] : "")}`");
            return problems;
        }

        var repeated = lines.SkipLast(1).Reverse().TakeWhile(l => Repeated().IsMatch(l)).Reverse().ToList();
        var diagnostics = lines.SkipLast(1 + repeated.Count).ToList();
        foreach (var line in diagnostics.Where(l => !Header().IsMatch(l) && !Excerpt().IsMatch(l) && !Hint().IsMatch(l)))
            problems.Add($"stderr line is neither a diagnostic, a quoted line nor a hint: `{line}`");
        var listed = diagnostics.Select(l => Header().Match(l)).Where(h => h.Success).Select(h => (Severity: h.Groups[1].Value, Code: h.Groups[2].Value, Message: h.Groups[3].Value)).ToList();
        foreach (var cause in repeated.Select(l => Repeated().Match(l)))
        {
            // The cause's text is the message, then the hint in brackets if there is one.
            var (severity, code, text) = (cause.Groups[2].Value, cause.Groups[3].Value, cause.Groups[4].Value);
            var named = listed.Count(d => d.Severity == severity && d.Code == code && text.StartsWith(d.Message, StringComparison.Ordinal));
            if (named != int.Parse(cause.Groups[1].Value)) problems.Add($"`{cause.Value}` counts {cause.Groups[1].Value}, but {named} such diagnostics are listed");
        }
        if (lines.Count > 1 && !Header().IsMatch(lines[0])) problems.Add($"stderr does not start with a diagnostic: `{lines[0]}`");

        var errors = listed.Count(d => d.Severity == "error");
        var warnings = listed.Count - errors;
        if (int.Parse(summary.Groups[1].Value) != errors || int.Parse(summary.Groups[2].Value) != warnings)
            problems.Add($"the closing count `{lines[^1]}` disagrees with the {errors} errors and {warnings} warnings listed");
        if ((errors > 0) != (run.ExitCode == 1)) problems.Add($"exit code {run.ExitCode} with {errors} errors");
        return problems;
    }
}
