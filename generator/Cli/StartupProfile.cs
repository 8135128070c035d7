using System.Runtime;

namespace Trackside.Cli;

/// <summary>
/// Has the runtime compile ahead, on a spare core while the preview waits for the first save, the
/// methods that the last `serve` compiled just in time. ReadyToRun cannot hold the framework's generic
/// code as instantiated for our types (LINQ, collections), and without this the first rebuild after
/// starting the preview compiles it and takes some three times as long as the next ones. A one-shot
/// `build` has no idle core to spare: there it measured no faster, so it is left alone.
/// </summary>
internal static class StartupProfile
{
    public static void Start(string[] args)
    {
        if (args is not ["serve", ..]) return;
        // Beside the tool, so nothing is left in the user's folders; where that folder is read-only,
        // the runtime quietly records nothing.
        ProfileOptimization.SetProfileRoot(AppContext.BaseDirectory);
        ProfileOptimization.StartProfile("serve.jitprofile");
    }
}
