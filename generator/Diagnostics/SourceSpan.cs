namespace Trackside.Diagnostics;

/// <summary>
/// A place in a source file. Line and column are 1-based, as editors and problem matchers show them
/// (YamlDotNet's marks are 1-based too; Markdig positions are converted where they are read).
/// Path is relative to the source folder, with forward slashes.
/// </summary>
public readonly record struct SourceSpan(string Path, int Line, int Column, int Length = 1)
{
    /// <summary>A problem with a whole file (empty file, unreadable file): shown at 1:1.</summary>
    public static SourceSpan WholeFile(string path) => new(path, 1, 1, 0);

    public override string ToString() => $"{Path}:{Line}:{Column}";
}
