namespace Trackside.Tests.Support;

/// <summary>Finds the repository from the test binaries, so tests read fixtures from the source tree.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Fixtures => Path.Combine(Root, "tests", "fixtures");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "site.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("site.sln not found above " + AppContext.BaseDirectory);
    }
}
