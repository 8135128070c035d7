namespace Trackside.Tests.Serve;

/// <summary>Reads the preview's Server-Sent Events stream the way a browser tab does.</summary>
internal sealed class ReloadEvents : IDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private ReloadEvents(HttpResponseMessage response, StreamReader reader)
    {
        _response = response;
        _reader = reader;
    }

    public static async Task<ReloadEvents> ConnectAsync(HttpClient http, string baseUrl)
    {
        var response = await http.GetAsync(baseUrl + "__trackside/events", HttpCompletionOption.ResponseHeadersRead);
        return new ReloadEvents(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
    }

    /// <summary>The next event's data, or a failure after 15 s.</summary>
    public async Task<string> NextAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (true)
        {
            var line = await _reader.ReadLineAsync(timeout.Token) ?? throw new InvalidOperationException("the event stream closed");
            if (line.StartsWith("data: ", StringComparison.Ordinal)) return line["data: ".Length..];
        }
    }

    public void Dispose()
    {
        _reader.Dispose();
        _response.Dispose();
    }
}
