using System.Diagnostics;
using Markdig;
using Trackside.Build;
using Trackside.Diagnostics;
using Trackside.Link;
using Trackside.Link.Markdown;
using Trackside.Load;
using Trackside.Validate;

namespace Trackside.Fuzz;

/// <summary>
/// The one entry point both fuzzers call. An input is one selector byte and the bytes of one
/// content file. The file replaces (or joins) the minimal valid site of tests/fixtures/base in a
/// private temp folder, and the load, validate and link stages run on it as in
/// <see cref="BuildPipeline"/>; with <c>full</c>, the whole `check` pipeline runs, template check
/// included. Content problems must come back as diagnostics; any exception that escapes
/// <see cref="Run"/> is a finding.
/// </summary>
/// <remarks>
/// Going through a real folder and <see cref="ContentLoader.Load"/> (rather than parsing in-memory
/// text) keeps the harness honest: the scanner, the file-size limit, the BOM, the front matter and
/// the path-to-id rules are all exercised, and no loader code is copied here to drift. The file
/// write costs little; the template check costs most (about 2/3 of a full run), hence optional.
/// </remarks>
public sealed class FuzzTarget : IDisposable
{
    /// <summary>
    /// What the selector byte (modulo 8, so '0'..'7' map to 0..7) picks. Replacing existing
    /// files means their incoming links and anchors are checked too; the last two are new items
    /// nothing links to.
    /// </summary>
    public static readonly string[] Targets =
    [
        "content/exercises/calf-raise.yaml",
        "content/progressions/back-to-running.yaml",
        "content/explanations/why-ankles.md",
        "content/regions/ankle.yaml",
        "seeds/test-source.yaml",
        "content/site.yaml",
        "content/exercises/new-item.yaml",
        "content/explanations/new-item.md",
    ];

    private const string FolderPrefix = "trackside-fuzz-";
    private static readonly MarkdownPipeline Markdown = MarkdownSetup.CreatePipeline();

    private readonly bool _full;
    private readonly string _root;
    private readonly Dictionary<string, byte[]> _base = new(StringComparer.Ordinal);

    public FuzzTarget(bool full)
    {
        _full = full;
        _root = LayOutRoot();
        var assembly = typeof(FuzzTarget).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("base/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var relative = name["base/".Length..];
            _base[relative] = copy.ToArray();
            Write(relative, _base[relative]);
        }
        if (!_base.ContainsKey("content/site.yaml")) throw new InvalidOperationException("the base fixture was not embedded");
    }

    /// <summary>Where the site lives; the file last written there is the input of a fatal crash.</summary>
    public string Root => _root;

    /// <summary>Runs one input. Returns the diagnostic codes reported (a cheap novelty signal).</summary>
    public string Run(ReadOnlySpan<byte> input)
    {
        if (input.Length == 0) return "";
        var target = Targets[input[0] % Targets.Length];
        Write(target, input[1..].ToArray());
        try
        {
            var diagnostics = _full ? BuildPipeline.Run(new BuildOptions(_root, OutputFolder: null)).Diagnostics : Stages();
            return string.Join(' ', diagnostics.Select(d => d.Code.Id).Distinct().Order(StringComparer.Ordinal));
        }
        finally
        {
            // Put the base back so the next input starts from the same site.
            if (_base.TryGetValue(target, out var original)) Write(target, original);
            else File.Delete(Path.Combine(_root, target));
        }
    }

    // BuildPipeline.Run's first three stages, with one Markdown pipeline shared by all inputs.
    private IReadOnlyList<Diagnostic> Stages()
    {
        var diagnostics = new DiagnosticBag();
        var loaded = ContentLoader.Load(_root, Limits.Default, diagnostics, new SourceFiles());
        var content = ContentValidator.Validate(loaded, diagnostics);
        LinkResolver.Resolve(content, Markdown, diagnostics);

        // A file that loaded as nothing must have been reported: links to it are not checked, so
        // without an error it would vanish from the published site with exit code 0.
        if (!diagnostics.HasErrors && loaded.Files.Append(loaded.Site).FirstOrDefault(f => f is { IsBroken: true }) is { } lost)
            throw new SilentLossException($"{lost.Path} loaded as nothing, yet no error was reported");
        return diagnostics.Sorted();
    }

    private void Write(string relative, byte[] bytes)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); }
        catch (IOException) { /* a leftover temp folder is removed by the next start */ }
    }

    private static string LayOutRoot()
    {
        RemoveStaleFolders();
        var root = Path.Combine(Path.GetTempPath(), $"{FolderPrefix}{Environment.ProcessId}");
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        return root;
    }

    // afl-fuzz restarts the program after every fatal crash (stack overflow), which skips Dispose.
    private static void RemoveStaleFolders()
    {
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            if (!int.TryParse(Path.GetFileName(folder)[FolderPrefix.Length..], out var pid) || IsAlive(pid)) continue;
            try { Directory.Delete(folder, recursive: true); }
            catch (IOException) { }
        }
    }

    private static bool IsAlive(int pid)
    {
        try { using var p = Process.GetProcessById(pid); return !p.HasExited; }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException) { return false; }
    }
}

/// <summary>Not an exception Trackside throws: the harness's own check that failed. A finding too.</summary>
public sealed class SilentLossException(string message) : Exception(message);
