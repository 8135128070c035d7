using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Trackside.Link;
using Trackside.Model;

namespace Trackside.Render.Offline;

/// <summary>
/// One digest of every item's kind, id and file fingerprint, for the service worker's version. The items
/// are a set (an id is unique within its kind), so the digest is the sum of a hash of each item: a session
/// adds and takes away the terms of the items an edit changed, without a look at the others.
/// </summary>
internal sealed class ItemsDigest
{
    private ContentSet? _content;
    private UInt128 _sum;

    public string Of(SiteGraph graph)
    {
        if (_content is null)
        {
            _sum = 0;
            foreach (var item in graph.Content.AllItems) _sum += Term(item);
        }
        else
        {
            foreach (var (then, now) in graph.ChangesSince(_content).Items)
            {
                if (then is not null) _sum -= Term(then);
                if (now is not null) _sum += Term(now);
            }
        }
        _content = graph.Content;
        return _sum.ToString("x32");
    }

    private static UInt128 Term(Item item) =>
        BinaryPrimitives.ReadUInt128LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes($"{item.Kind.Folder()}/{item.Id} {item.Fingerprint}")));
}
