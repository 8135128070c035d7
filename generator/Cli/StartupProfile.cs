using System.Runtime;

namespace Trackside.Cli;

/// <summary>
/// Has the runtime compile ahead, on a spare core, the methods that the last run of the same command
/// compiled just in time. ReadyToRun cannot hold the framework's generic code as instantiated for our
/// types (LINQ, collections): some 700 methods, most of a small site's cold build and of the first
/// rebuild in `serve`.
/// </summary>
internal static class StartupProfile
{
    private static readonly string[] ProfiledCommands = ["build", "check", "serve"];

    public static void Start(string[] args)
    {
        if (args.Length == 0 || !ProfiledCommands.Contains(args[0])) return;
        // Beside the tool, so nothing is left in the user's folders; where that folder is read-only,
        // the runtime quietly records nothing.
        ProfileOptimization.SetProfileRoot(AppContext.BaseDirectory);
        ProfileOptimization.StartProfile($"{args[0]}.jitprofile");
    }
}
