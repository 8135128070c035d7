namespace Trackside.Cli;

/// <summary>Refuses output folders whose replacement would delete content.</summary>
internal static class OutputPlacement
{
    private static readonly string[] ContentFolders = ["content", "seeds", "templates"];

    public static string? Problem(string sourceFolder, string outputFolder)
    {
        var source = Normalise(sourceFolder);
        var output = Normalise(outputFolder);
        if (source == output || source.StartsWith(output + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            return $"the output folder {outputFolder} holds the source folder; publishing would replace the content. Choose another --output";
        foreach (var folder in ContentFolders.Select(f => Path.Combine(source, f)))
        {
            if (output == folder || output.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                return $"the output folder {outputFolder} is inside {folder}; it would be read as content. Choose another --output";
        }
        return null;
    }

    private static string Normalise(string path) => Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar);
}
