using System.Threading.Channels;

namespace Trackside.Serve;

/// <summary>Tells every open preview tab that the site changed (one Server-Sent Events stream per tab).</summary>
public sealed class ReloadChannel
{
    private readonly List<Channel<string>> _listeners = new();
    private readonly Lock _lock = new();

    public int Version { get; private set; }

    public ChannelReader<string> Subscribe()
    {
        var channel = Channel.CreateBounded<string>(new BoundedChannelOptions(4) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (_lock) _listeners.Add(channel);
        return channel.Reader;
    }

    public void Unsubscribe(ChannelReader<string> reader)
    {
        lock (_lock) _listeners.RemoveAll(c => c.Reader == reader);
    }

    public void Publish()
    {
        lock (_lock)
        {
            Version++;
            foreach (var listener in _listeners) listener.Writer.TryWrite(Version.ToString());
        }
    }
}
