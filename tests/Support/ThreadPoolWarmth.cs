using System.Runtime.CompilerServices;

namespace Trackside.Tests.Support;

/// <summary>
/// The tests build sites in this process (each build fans out over the thread pool) while the browser
/// tests' Kestrel servers, in the same process, answer Chromium from that same pool. On a 2-core CI
/// machine the pool starts with two threads and adds more only about once a second, so a page's
/// requests could wait behind builds until a navigation timed out. Starting with more threads keeps
/// the servers answering; the builds' own parallelism is unchanged (they are CPU-bound either way).
/// </summary>
internal static class ThreadPoolWarmth
{
    [ModuleInitializer]
    internal static void StartWithEnoughThreads()
    {
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 32), Math.Max(io, 32));
    }
}
