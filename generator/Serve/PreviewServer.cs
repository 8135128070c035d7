using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Logging;

namespace Trackside.Serve;

/// <summary>
/// Serves the preview on 127.0.0.1 with Kestrel: the built files, plus a small script that reloads
/// the tab when the site is rebuilt, and the error overlay while the content has errors.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private const string Prefix = "/__trackside/";
    private readonly WebApplication _app;
    private readonly PreviewBuilder _builder;
    private readonly ReloadChannel _reload;
    private readonly FileExtensionContentTypeProvider _types = new();

    private PreviewServer(WebApplication app, PreviewBuilder builder, ReloadChannel reload)
    {
        _app = app;
        _builder = builder;
        _reload = reload;
        app.MapGet(Prefix + "events", Events);
        app.MapGet(Prefix + "reload.js", () => Results.Text(PreviewAssets.ReloadScript, "text/javascript"));
        app.MapGet(Prefix + "overlay.css", () => Results.Text(PreviewAssets.OverlayStyle, "text/css"));
        app.MapFallback("{**path}", ServeFile);
    }

    /// <summary>The address the server listens on, e.g. http://127.0.0.1:4000/.</summary>
    public string Url =>
        _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/";

    public static async Task<PreviewServer> StartAsync(PreviewBuilder builder, ReloadChannel reload, int port)
    {
        var web = WebApplication.CreateSlimBuilder();
        web.Logging.ClearProviders();
        web.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var server = new PreviewServer(web.Build(), builder, reload);
        await server._app.StartAsync();
        return server;
    }

    private async Task Events(HttpContext context)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        var reader = _reload.Subscribe();
        try
        {
            await context.Response.WriteAsync($"data: {_reload.Version}\n\n", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await foreach (var version in reader.ReadAllAsync(context.RequestAborted))
            {
                await context.Response.WriteAsync($"data: {version}\n\n", context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // the tab was closed or the server is stopping
        }
        finally
        {
            _reload.Unsubscribe(reader);
        }
    }

    private async Task ServeFile(HttpContext context)
    {
        var root = Path.GetFullPath(_builder.PreviewFolder);
        var requested = Uri.UnescapeDataString(context.Request.Path.Value ?? "/").TrimStart('/');
        var path = Path.GetFullPath(Path.Combine(root, requested));
        if (Directory.Exists(path)) path = Path.Combine(path, "index.html");
        if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(path))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            path = Path.Combine(root, "404.html");
            if (!File.Exists(path) && _builder.Failure is null) return;
        }

        context.Response.Headers.CacheControl = "no-store";
        if (!path.EndsWith(".html", StringComparison.Ordinal))
        {
            context.Response.ContentType = _types.TryGetContentType(path, out var type) ? type : "application/octet-stream";
            await context.Response.SendFileAsync(path);
            return;
        }
        var html = File.Exists(path) ? await File.ReadAllTextAsync(path) : "<!doctype html><html><head></head><body></body></html>";
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(PreviewAssets.Inject(html, _reload.Version, _builder.Failure));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
