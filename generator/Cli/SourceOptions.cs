using System.CommandLine;

namespace Trackside.Cli;

/// <summary>Options shared by the commands that read a content folder.</summary>
internal static class SourceOptions
{
    public static Option<DirectoryInfo> Source() => new("--source", "-s")
    {
        Description = "The site folder holding content/, seeds/ and templates/ (default: the current folder).",
        DefaultValueFactory = _ => new DirectoryInfo(Directory.GetCurrentDirectory()),
    };

    /// <summary>The source folder's full path, or null after explaining why it cannot be used.</summary>
    public static string? Resolve(DirectoryInfo source, TextWriter error)
    {
        if (!source.Exists)
        {
            error.WriteLine($"error: the source folder {source.FullName} does not exist");
            return null;
        }
        if (!Directory.Exists(Path.Combine(source.FullName, "content")))
        {
            error.WriteLine($"error: {source.FullName} has no content/ folder; run from a site folder or pass --source DIR");
            return null;
        }
        return source.FullName;
    }
}
