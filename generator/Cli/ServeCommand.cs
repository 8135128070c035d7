using System.CommandLine;
using Trackside.Serve;

namespace Trackside.Cli;

/// <summary><c>serve</c>: builds, serves the preview on 127.0.0.1, and rebuilds and reloads on every save.</summary>
internal static class ServeCommand
{
    public const int DefaultPort = 4000;

    // An editor's save (write, rename, chmod) lands within a few milliseconds. Waiting longer only
    // delays the preview: a write that comes after the rebuild started brings its own rebuild.
    private static readonly TimeSpan SaveQuietPeriod = TimeSpan.FromMilliseconds(20);

    public static Command Create(TextWriter output, TextWriter error)
    {
        var source = SourceOptions.Source();
        var port = new Option<int>("--port", "-p") { Description = $"The port to listen on (default {DefaultPort}; 0 picks a free one).", DefaultValueFactory = _ => DefaultPort };
        var command = new Command("serve", "Preview the site: rebuild on every save and reload open browser tabs.") { source, port };
        command.SetAction(async (parsed, cancel) =>
        {
            var folder = SourceOptions.Resolve(parsed.GetValue(source)!, error);
            if (folder is null) return ExitCodes.UsageError;
            var preview = Path.Combine(Path.GetTempPath(), "trackside-preview-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(folder)))[..12]);

            var reload = new ReloadChannel();
            var builder = new PreviewBuilder(folder, preview, reload, output, error);
            using var debouncer = new ChangeDebouncer(SaveQuietPeriod, builder.Rebuild);
            using var watcher = new SiteWatcher(folder, debouncer.Notify, debouncer.NotifyLost); // before the first build: no save goes unseen
            builder.Rebuild(null);
            PreviewServer server;
            try
            {
                server = await PreviewServer.StartAsync(builder, reload, parsed.GetValue(port));
            }
            catch (IOException e)
            {
                error.WriteLine($"error: cannot listen on 127.0.0.1:{parsed.GetValue(port)} ({e.Message}); pass another --port");
                return ExitCodes.UsageError;
            }
            await using var running = server;
            output.WriteLine($"Serving {folder} at {server.Url} (Ctrl+C to stop)");
            try
            {
                await Task.Delay(Timeout.Infinite, cancel);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
