using Trackside.Cli;

StartupProfile.Start(args);

// The one catch-all: content problems are diagnostics, so anything reaching here is a bug in the tool.
try
{
    return CommandLineApp.Run(args, Console.Out, Console.Error);
}
catch (Exception e)
{
    Console.Error.WriteLine($"internal error ({e.GetType().Name}: {e.Message}). This is a bug in the generator, not in your content; please report it with the command you ran. The published site was not changed.");
    return ExitCodes.InternalError;
}
