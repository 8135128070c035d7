using System.Text;
using Trackside.Diagnostics;

namespace Trackside.Tests.Diagnostics;

/// <summary>A one-shot build leaves content files on disk and reads one again only to quote it.</summary>
public sealed class SourceFilesTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("trackside-sources-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private byte[] Write(string path, string text, bool bom = false)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        File.WriteAllBytes(Path.Combine(_root, path), bom ? [.. Encoding.UTF8.Preamble, .. bytes] : bytes);
        return bytes;
    }

    [Fact]
    public void A_file_left_on_disk_is_quoted_as_it_was_read()
    {
        var utf8 = Write("a.yaml", "title: Calf raise\r\nsummary: Slow\n", bom: true);
        var sources = new SourceFiles(_root);
        sources.Add("a.yaml", utf8, Fingerprint.OfUtf8(utf8));

        Assert.Equal("summary: Slow", sources.Line("a.yaml", 2));
        Assert.Equal("title: Calf raise", sources.Line("a.yaml", 1));
    }

    [Fact]
    public void A_file_changed_since_it_was_read_is_not_quoted()
    {
        var utf8 = Write("a.yaml", "title: Calf raise\n");
        var sources = new SourceFiles(_root);
        sources.Add("a.yaml", utf8, Fingerprint.OfUtf8(utf8));
        Write("a.yaml", "title: Something else\n");

        Assert.Null(sources.Line("a.yaml", 1));
    }

    [Fact]
    public void A_session_keeps_the_text_itself()
    {
        var utf8 = Write("a.yaml", "title: Calf raise\n");
        var sources = new SourceFiles();
        sources.Add("a.yaml", utf8, Fingerprint.OfUtf8(utf8));
        File.Delete(Path.Combine(_root, "a.yaml"));

        Assert.Equal("title: Calf raise", sources.Line("a.yaml", 1));
    }
}
