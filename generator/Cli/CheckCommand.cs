using System.CommandLine;
using Trackside.Build;

namespace Trackside.Cli;

/// <summary><c>check</c>: validates the content and templates and writes nothing.</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var source = SourceOptions.Source();
        var command = new Command("check", "Check the content for errors without writing the site.") { source };
        command.SetAction(parsed =>
        {
            var folder = SourceOptions.Resolve(parsed.GetValue(source)!, error);
            if (folder is null) return ExitCodes.UsageError;
            var exit = DiagnosticsReport.Write(BuildPipeline.Run(new BuildOptions(folder, OutputFolder: null)), error);
            if (exit == ExitCodes.Success) output.WriteLine("The content is valid.");
            return exit;
        });
        return command;
    }
}
