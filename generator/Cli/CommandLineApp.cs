using System.CommandLine;

namespace Trackside.Cli;

/// <summary>The command line: parses arguments and runs a command. Usage errors exit with 2.</summary>
public static class CommandLineApp
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Builds an athlete-education website from coaches' YAML and Markdown.")
        {
            BuildCommand.Create(output, error),
            CheckCommand.Create(output, error),
            NewCommand.Create(output, error),
            ReferenceCommand.Create(output),
            SchemaCommand.Create(output, error),
            ServeCommand.Create(output, error),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0 && parsed.Action is not System.CommandLine.Help.HelpAction)
        {
            foreach (var problem in parsed.Errors) error.WriteLine($"error: {problem.Message}");
            error.WriteLine("Run with --help to see the commands and their options.");
            return ExitCodes.UsageError;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
    }
}
