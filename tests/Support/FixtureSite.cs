using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Trackside.Cli;

namespace Trackside.Tests.Support;

/// <summary>
/// A copy of a fixture site in a temporary folder. A case folder holds only the files that differ
/// from <c>tests/fixtures/base</c> (txtar-like layering), or a whole site when <c>fromBase</c> is false.
/// </summary>
public sealed class FixtureSite : IDisposable
{
    private FixtureSite(string root)
    {
        Root = root;
        Source = Path.Combine(root, "site");
        Output = Path.Combine(root, "out");
        Directory.CreateDirectory(Source);
    }

    public string Root { get; }
    public string Source { get; }
    public string Output { get; }

    /// <summary>The base fixture with the files of <paramref name="caseName"/> laid over it.</summary>
    public static FixtureSite Create(string? caseName = null)
    {
        var site = new FixtureSite(Directory.CreateTempSubdirectory("trackside-test-").FullName);
        CopyTree(Path.Combine(RepoPaths.Fixtures, "base"), site.Source);
        if (caseName is not null) CopyTree(Path.Combine(RepoPaths.Fixtures, caseName), site.Source);
        return site;
    }

    /// <summary>Writes (or with null content, deletes) one file of the site: keeps one-off cases beside their assertions.</summary>
    public FixtureSite With(string relativePath, string? content)
    {
        var path = Path.Combine(Source, relativePath);
        if (content is null) File.Delete(path);
        else
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, content);
        }
        return this;
    }

    public FixtureSite WithBytes(string relativePath, byte[] content)
    {
        var path = Path.Combine(Source, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return this;
    }

    public BuildRun Build(params string[] extra) => Run(["build", "--source", Source, "--output", Output, .. extra]);

    public BuildRun Check() => Run(["check", "--source", Source]);

    public static BuildRun Run(string[] args)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var exit = CommandLineApp.Run(args, output, errors);
        return new BuildRun(exit, output.ToString(), errors.ToString());
    }

    public IDocument Page(string relativePath) => Pages.Open(Path.Combine(Output, relativePath));

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { /* a leftover temp folder is harmless */ }
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
