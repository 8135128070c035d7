namespace Trackside.Serve;

/// <summary>
/// Watches the folders a site is built from and reports changed paths (relative, forward slashes),
/// or that events were lost (the system's event buffer overflowed) and any file may have changed.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    private static readonly string[] Watched = ["content", "seeds", "templates"];
    private readonly FileSystemWatcher _watcher;

    public SiteWatcher(string sourceFolder, Action<string> changed, Action lost)
    {
        _watcher = new FileSystemWatcher(sourceFolder) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
        void OnEvent(string fullPath)
        {
            var relative = Path.GetRelativePath(sourceFolder, fullPath).Replace('\\', '/');
            if (Watched.Any(folder => relative == folder || relative.StartsWith(folder + "/", StringComparison.Ordinal))) changed(relative);
        }
        _watcher.Changed += (_, e) => OnEvent(e.FullPath);
        _watcher.Created += (_, e) => OnEvent(e.FullPath);
        _watcher.Deleted += (_, e) => OnEvent(e.FullPath);
        _watcher.Renamed += (_, e) => { OnEvent(e.OldFullPath); OnEvent(e.FullPath); };
        _watcher.Error += (_, _) => lost();
        _watcher.EnableRaisingEvents = true;
    }

    public void Dispose() => _watcher.Dispose();
}
