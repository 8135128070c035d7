using System.Runtime.InteropServices;

namespace Trackside.Output;

/// <summary>
/// The C library's file calls, for reading and writing whole files on Linux with the fewest system calls.
/// Each .NET file handle adds an fstat, flock calls (lock and unlock) and for writing an fstatfs and an lseek:
/// five to six calls more per file, for thousands of files a build reads or writes once, whole.
/// </summary>
internal static class Posix
{
    /// <summary>
    /// Whether to try these calls: on Linux, on the processors whose flag values below are Linux's generic ones,
    /// and until the C library turns out not to load (the runtime finds glibc's and musl's under the name "libc").
    /// Callers fall back on .NET's file calls otherwise.
    /// </summary>
    public static bool Usable { get; private set; } = OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture
        is Architecture.X64 or Architecture.Arm64 or Architecture.X86 or Architecture.Arm or Architecture.RiscV64;

    /// <summary>An exception filter: true, and no more tries, when the C library or one of its calls cannot be found.</summary>
    public static bool Missing(Exception error)
    {
        if (error is not (DllNotFoundException or EntryPointNotFoundException)) return false;
        Usable = false;
        return true;
    }

    public const int ReadOnly = 0x0, WriteOnly = 0x1, Create = 0x40, Exclusive = 0x80, CloseOnExec = 0x80000;
    public const int SeekEnd = 2;

    [DllImport("libc")]
    public static extern int open(string path, int flags, int mode);

    [DllImport("libc")]
    public static extern nint write(int fd, ref byte buffer, nint count);

    [DllImport("libc")]
    public static extern nint pread(int fd, ref byte buffer, nint count, long offset);

    [DllImport("libc")]
    public static extern long lseek(int fd, long offset, int whence);

    [DllImport("libc")]
    public static extern int close(int fd);

    [DllImport("libc")]
    public static extern int unlink(string path);
}
