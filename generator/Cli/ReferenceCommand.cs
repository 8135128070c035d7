using System.CommandLine;
using Trackside.Diagnostics;
using Trackside.Schema;

namespace Trackside.Cli;

/// <summary><c>reference</c>: prints every content field and every diagnostic code as Markdown (the README's reference).</summary>
internal static class ReferenceCommand
{
    public static Command Create(TextWriter output)
    {
        var command = new Command("reference", "Print the field reference and the error codes as Markdown.");
        command.SetAction(_ =>
        {
            output.Write(Text());
            return ExitCodes.Success;
        });
        return command;
    }

    public static string Text() =>
        "### Fields\n\n" + FieldReference.Markdown() + "### Error codes\n\n" + CodeReference.Markdown();
}
