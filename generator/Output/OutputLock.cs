namespace Trackside.Output;

/// <summary>
/// Held while a build writes beside an output folder, so two builds of the same site cannot
/// interleave their swaps. The operating system releases it even if the process is killed.
/// </summary>
public sealed class OutputLock : IDisposable
{
    private readonly FileStream _stream;

    private OutputLock(FileStream stream) => _stream = stream;

    /// <summary>The lock, or null when another build holds it.</summary>
    public static OutputLock? TryAcquire(string outputFolder)
    {
        var path = SiblingPath(outputFolder, "lock");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!); // an output folder may be new, its parents too
        try
        {
            return new OutputLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>A hidden name beside the output folder: "/site/_site" gives "/site/._site.KIND".</summary>
    public static string SiblingPath(string outputFolder, string kind)
    {
        var full = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        return Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{kind}");
    }

    public void Dispose() => _stream.Dispose();
}
