namespace Trackside.Output;

/// <summary>Cleans up after builds that were killed before they could tidy up.</summary>
internal static class Leftovers
{
    public static void Recover(string output)
    {
        var full = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(parent)) return;
        var name = Path.GetFileName(full);

        var olds = Directory.GetDirectories(parent, $".{name}.old-*");
        // Killed between the two renames of a non-atomic swap: the old site is the published one.
        if (!Directory.Exists(full) && olds.Length > 0)
        {
            Directory.Move(olds[0], full);
            olds = olds[1..];
        }
        foreach (var leftover in olds.Concat(Directory.GetDirectories(parent, $".{name}.staging-*")))
            Directory.Delete(leftover, recursive: true);
    }
}
