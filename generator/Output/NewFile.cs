using System.Runtime.InteropServices;

namespace Trackside.Output;

/// <summary>
/// Creates a file that must not exist yet and writes all of it. On Linux this takes three system calls
/// (open, write, close) instead of the seven of a .NET file handle: some 56,000 fewer for a site of 14,000 pages.
/// </summary>
internal static class NewFile
{
    public static void Write(string path, ReadOnlySpan<byte> content)
    {
        if (Posix.Usable)
        {
            try
            {
                if (TryWriteDirect(path, content)) return;
            }
            catch (Exception error) when (Posix.Missing(error)) { }
        }
        using var file = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write); // unbuffered: one write call
        RandomAccess.Write(file, content, fileOffset: 0);
    }

    // False when anything failed, after removing the file if it was made: the .NET write above then does it
    // again and throws the exception .NET gives for the cause (the file exists, no space left, no permission).
    private static bool TryWriteDirect(string path, ReadOnlySpan<byte> content)
    {
        var fd = Posix.open(path, Posix.WriteOnly | Posix.Create | Posix.Exclusive | Posix.CloseOnExec, 0b110_110_110); // rw-rw-rw- less the umask, as .NET creates files
        if (fd < 0) return false;
        var written = 0;
        while (written < content.Length)
        {
            var count = Posix.write(fd, ref MemoryMarshal.GetReference(content[written..]), content.Length - written);
            if (count <= 0) break;
            written += (int)count;
        }
        if (Posix.close(fd) == 0 && written == content.Length) return true;
        Posix.unlink(path);
        return false;
    }
}
