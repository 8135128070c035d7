using Trackside.Load;
using Trackside.Output;

namespace Trackside.Tests.Output;

/// <summary>
/// Whole-file reads and writes take the C library's calls on Linux; when one fails, .NET's file calls do
/// the work again and throw what .NET throws, so errors read the same on every platform.
/// </summary>
public sealed class FileCallsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("trackside-files-").FullName;

    [Fact]
    public void A_new_file_holds_exactly_what_was_written()
    {
        var path = Path.Combine(_folder, "page.html");
        byte[] content = [.. "<p>Calf raise</p>\n"u8, 0xC3, 0xA9];

        NewFile.Write(path, content);

        Assert.Equal(content, File.ReadAllBytes(path));
    }

    [Fact]
    public void Writing_over_an_existing_file_throws_and_keeps_it()
    {
        var path = Path.Combine(_folder, "page.html");
        File.WriteAllText(path, "kept");

        Assert.Throws<IOException>(() => NewFile.Write(path, "new"u8));
        Assert.Equal("kept", File.ReadAllText(path));
    }

    [Fact]
    public void A_file_is_read_whole_and_one_over_the_limit_only_measured()
    {
        var path = Path.Combine(_folder, "calf-raise.yaml");
        File.WriteAllText(path, "title: Calf raise\n");

        var (length, bytes) = SourceBytes.Read(path, maxBytes: 18);
        Assert.Equal(18, length);
        Assert.Equal("title: Calf raise\n"u8.ToArray(), bytes);

        var (overLength, overBytes) = SourceBytes.Read(path, maxBytes: 17);
        Assert.Equal(18, overLength);
        Assert.Null(overBytes);
    }

    [Fact]
    public void Reading_a_missing_file_throws_what_dotnet_throws()
    {
        Assert.Throws<FileNotFoundException>(() => SourceBytes.Read(Path.Combine(_folder, "gone.yaml"), maxBytes: 1024));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
