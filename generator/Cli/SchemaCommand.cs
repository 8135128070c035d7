using System.CommandLine;
using Trackside.Schema;

namespace Trackside.Cli;

/// <summary><c>schema</c>: writes a JSON Schema for each kind of content file, for editors that check YAML as you type.</summary>
internal static class SchemaCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var source = SourceOptions.Source();
        var outputOption = new Option<DirectoryInfo?>("--output", "-o") { Description = "Where to write the schema files (default: schemas in the source folder)." };
        var command = new Command("schema", "Write a JSON Schema for each kind of content file (site, region, exercise, progression, explanation, source) for editors.") { source, outputOption };
        command.SetAction(parsed =>
        {
            var folder = parsed.GetValue(outputOption)?.FullName;
            if (folder is null)
            {
                var site = SourceOptions.Resolve(parsed.GetValue(source)!, error);
                if (site is null) return ExitCodes.UsageError;
                folder = Path.Combine(site, "schemas");
            }
            try
            {
                Directory.CreateDirectory(folder);
                foreach (var (name, text) in JsonSchemaWriter.Files()) File.WriteAllText(Path.Combine(folder, name), text);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"error: cannot write the schemas into {folder}: {e.Message}");
                return ExitCodes.UsageError;
            }
            output.WriteLine($"Wrote {JsonSchemaWriter.Kinds.Count} schemas into {Path.GetRelativePath(Directory.GetCurrentDirectory(), folder)}.");
            return ExitCodes.Success;
        });
        return command;
    }
}
