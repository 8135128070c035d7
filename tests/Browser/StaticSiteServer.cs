using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Trackside.Tests.Browser;

/// <summary>
/// A plain static file server on 127.0.0.1 (a free port) for a built site, like any static host:
/// files as they are (no preview script), folders answer with their index.html, and a missing
/// file gets 404.html with status 404. <see cref="Down"/> makes it drop every connection, as if
/// the network had gone.
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticSiteServer(WebApplication app) => _app = app;

    /// <summary>The site's address, ending in "/".</summary>
    public string Url { get; private set; } = "";

    /// <summary>While true, every request is refused by closing its connection.</summary>
    public bool Down { get; set; }

    /// <summary>Every path asked for, in order.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    /// <param name="root">The folder to serve; it may be created (or swapped) after the server starts.</param>
    public static async Task<StaticSiteServer> StartAsync(string root)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new StaticSiteServer(app);

        app.Run(async context =>
        {
            server.Requests.Enqueue(context.Request.Path.Value ?? "");
            if (server.Down)
            {
                context.Abort();
                return;
            }
            await Send(context, Path.GetFullPath(root));
        });

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Url = address.TrimEnd('/') + "/";
        return server;
    }

    private static async Task Send(HttpContext context, string root)
    {
        // A new provider per request: a build swaps the whole folder in, and the server follows it.
        using var files = new PhysicalFileProvider(root);
        var path = Uri.UnescapeDataString(context.Request.Path.Value ?? "/");
        if (path.EndsWith('/')) path += "index.html";
        var file = files.GetFileInfo(path);
        if (!file.Exists || file.IsDirectory)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            file = files.GetFileInfo("/404.html");
            if (!file.Exists) return;
        }
        context.Response.ContentType = ContentType(file.Name);
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.ContentLength = file.Length;
        await context.Response.SendFileAsync(file);
    }

    private static string ContentType(string name) => Path.GetExtension(name).ToLowerInvariant() switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".json" => "application/json",
        ".webmanifest" => "application/manifest+json",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".webp" => "image/webp",
        ".txt" => "text/plain; charset=utf-8",
        ".xml" => "application/xml",
        _ => "application/octet-stream",
    };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
