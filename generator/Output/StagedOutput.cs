using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Text;

namespace Trackside.Output;

/// <summary>
/// Writes a new site into a hidden folder beside the output, then swaps it in. Until
/// <see cref="Publish"/> the published folder is untouched, so a failed, crashed or killed build
/// leaves it byte-for-byte as it was; leftovers of such builds are removed by the next one.
/// </summary>
public sealed class StagedOutput : IDisposable
{
    private readonly string _output;
    private readonly string _staging;
    private bool _published;

    // Folders already made inside the staging folder: thousands of pages share a few folders, and
    // asking the file system for each page's folder again cost a stat or mkdir call per page.
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);

    private StagedOutput(string output)
    {
        _output = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        _staging = OutputLock.SiblingPath(_output, "staging-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(_staging);
    }

    /// <summary>Starts a staged write. The caller must hold the <see cref="OutputLock"/>.</summary>
    public static StagedOutput Begin(string output)
    {
        Leftovers.Recover(output);
        return new StagedOutput(output);
    }

    /// <summary>Writes one file; <paramref name="relativePath"/> must stay inside the site.</summary>
    public void Write(string relativePath, ReadOnlySpan<byte> content)
    {
        var target = Resolve(relativePath);
        MakeFolder(Path.GetDirectoryName(target)!);
        NewFile.Write(target, content);
    }

    /// <summary>Writes text as UTF-8, encoded into a pooled buffer: pages are written by the thousand.</summary>
    public void WriteText(string relativePath, string content)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(content.Length));
        try
        {
            Write(relativePath, buffer.AsSpan(0, Encoding.UTF8.GetBytes(content, buffer)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Takes a file unchanged from the published site: a hard link where the file system allows
    /// (no copy, and its date stays, so deploy tools see it unchanged), otherwise a copy.
    /// </summary>
    public void Reuse(string relativePath)
    {
        var target = Resolve(relativePath);
        var source = Path.Combine(_output, relativePath);
        MakeFolder(Path.GetDirectoryName(target)!);
        if (!OperatingSystem.IsLinux() || link(source, target) != 0) File.Copy(source, target);
    }

    /// <summary>True when the published site has this file with exactly these bytes.</summary>
    public bool PublishedHas(string relativePath, ReadOnlySpan<byte> content)
    {
        var published = Path.Combine(_output, relativePath);
        return File.Exists(published) && new FileInfo(published).Length == content.Length && File.ReadAllBytes(published).AsSpan().SequenceEqual(content);
    }

    public bool PublishedHas(string relativePath) => File.Exists(Path.Combine(_output, relativePath));

    /// <summary>Swaps the staged site in place of the published one.</summary>
    public void Publish()
    {
        if (!Directory.Exists(_output)) Directory.Move(_staging, _output);
        else if (AtomicExchange(_staging, _output)) Directory.Delete(_staging, recursive: true); // it now holds the previous site
        else SwapByRenames();
        _published = true;
    }

    // Without an atomic exchange there is a moment when the old site sits under its ".old" name;
    // Leftovers.Recover puts it back if the process dies right then.
    private void SwapByRenames()
    {
        var old = OutputLock.SiblingPath(_output, "old-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.Move(_output, old);
        Directory.Move(_staging, _output);
        Directory.Delete(old, recursive: true);
    }

    public void Dispose()
    {
        if (!_published && Directory.Exists(_staging)) Directory.Delete(_staging, recursive: true);
    }

    private void MakeFolder(string folder)
    {
        if (_folders.ContainsKey(folder)) return;
        Directory.CreateDirectory(folder);
        _folders.TryAdd(folder, true);
    }

    private string Resolve(string relativePath)
    {
        var target = Path.GetFullPath(Path.Combine(_staging, relativePath));
        if (!target.StartsWith(_staging + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidOperationException($"refusing to write outside the site: {relativePath}");
        return target;
    }

    private static bool AtomicExchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux()) return false;
        const int AtFdCwd = -100;
        const uint RenameExchange = 2;
        try
        {
            return renameat2(AtFdCwd, a, AtFdCwd, b, RenameExchange) == 0;
        }
        catch (EntryPointNotFoundException)
        {
            return false; // C library without renameat2 (older glibc, musl)
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int link(string existingPath, string newPath);

    [DllImport("libc", SetLastError = true)]
    private static extern int renameat2(int oldDirFd, string oldPath, int newDirFd, string newPath, uint flags);
}
