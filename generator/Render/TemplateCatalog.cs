using System.Collections.Concurrent;
using System.Reflection;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using Trackside.Diagnostics;

namespace Trackside.Render;

/// <summary>
/// Finds templates and static files: the site's own <c>templates/</c> folder first, then the built-in
/// set shipped inside the tool. A site overrides any file by adding one with the same name.
/// Also Scriban's loader, so <c>include</c> follows the same lookup.
/// </summary>
public sealed class TemplateCatalog : ITemplateLoader
{
    private const string ResourcePrefix = "templates/";
    private static readonly Assembly Tool = typeof(TemplateCatalog).Assembly;

    private readonly string _siteFolder;
    private readonly ConcurrentDictionary<string, Template?> _parsed = new(StringComparer.Ordinal);
    private readonly Lazy<string> _fingerprint;
    private readonly Lazy<IReadOnlyList<(string Name, byte[] Bytes)>> _staticFiles;
    private SourceFiles _sources;

    /// <param name="sources">Where template texts are kept, so template errors can quote their line.</param>
    public TemplateCatalog(string sourceRoot, SourceFiles sources)
    {
        _siteFolder = Path.Combine(sourceRoot, "templates");
        _sources = sources;
        _fingerprint = new Lazy<string>(ComputeFingerprint);
        _staticFiles = new Lazy<IReadOnlyList<(string, byte[])>>(() => StaticFileNames().Select(name => (name, ReadBytes("static/" + name)!)).ToList());
    }

    /// <summary>
    /// Moves this catalog, with the templates it parsed, to the next build of a session whose templates
    /// have the same fingerprint: its template texts go into that build's sources, for quoting errors.
    /// </summary>
    public void MoveTo(SourceFiles sources)
    {
        foreach (var name in _parsed.Keys)
            if (_sources.Text("templates/" + name) is { } text) sources.Add("templates/" + name, text);
        _sources = sources;
    }

    /// <summary>The template, parsed once; null (after reporting) when missing or unparsable.</summary>
    public Template? Get(string name, DiagnosticBag diagnostics) =>
        _parsed.GetOrAdd(name, n => Parse(n, diagnostics));

    /// <summary>Names of the static files (CSS, JS, icons) to copy, relative to <c>templates/static/</c>.</summary>
    public IReadOnlyList<string> StaticFiles() => _staticFiles.Value.Select(file => file.Name).ToList();

    /// <summary>
    /// The static files with their bytes, read once: a session keeps the catalog while its fingerprint (which covers them)
    /// holds, so each build hands back the same arrays, whose hashes are kept with them.
    /// </summary>
    public IReadOnlyList<(string Name, byte[] Bytes)> StaticFileContents() => _staticFiles.Value;

    private List<string> StaticFileNames()
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var resource in Tool.GetManifestResourceNames().Where(r => r.StartsWith(ResourcePrefix + "static/", StringComparison.Ordinal)))
            names.Add(resource[(ResourcePrefix.Length + "static/".Length)..]);
        var siteStatic = Path.Combine(_siteFolder, "static");
        if (Directory.Exists(siteStatic))
            foreach (var file in Directory.EnumerateFiles(siteStatic, "*", SearchOption.AllDirectories))
                names.Add(Path.GetRelativePath(siteStatic, file).Replace('\\', '/'));
        return names.ToList();
    }

    /// <summary>A hash of every template and static file in use, taken once: any change re-renders every page.</summary>
    public string Fingerprint() => _fingerprint.Value;

    private string ComputeFingerprint()
    {
        var resources = Tool.GetManifestResourceNames().Where(r => r.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(r => r[ResourcePrefix.Length..]);
        var local = Directory.Exists(_siteFolder)
            ? Directory.EnumerateFiles(_siteFolder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_siteFolder, f).Replace('\\', '/'))
            : [];
        return Diagnostics.Fingerprint.Of(resources.Concat(local).Distinct().Order(StringComparer.Ordinal)
            .Select(name => name + "=" + Convert.ToBase64String(ReadBytes(name) ?? [])));
    }

    /// <summary>The bytes of a file, the site's copy first.</summary>
    public byte[]? ReadBytes(string name)
    {
        var local = Path.Combine(_siteFolder, name);
        if (File.Exists(local)) return File.ReadAllBytes(local);
        using var stream = Tool.GetManifestResourceStream(ResourcePrefix + name);
        if (stream is null) return null;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public string GetPath(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templateName) => templateName;

    public string Load(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath) =>
        ReadText(templatePath) ?? throw new ScriptRuntimeException(callerSpan, $"the template `{templatePath}` was not found");

    public ValueTask<string?> LoadAsync(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));

    private string? ReadText(string name) => ReadBytes(name) is { } bytes ? System.Text.Encoding.UTF8.GetString(bytes) : null;

    private Template? Parse(string name, DiagnosticBag diagnostics)
    {
        var path = "templates/" + name;
        var text = ReadText(name);
        if (text is null)
        {
            diagnostics.Error(Codes.TemplateMissing, Diagnostics.SourceSpan.WholeFile(path), $"the template `{name}` was not found",
                "restore it from the built-in templates, or remove the override that names it");
            return null;
        }
        _sources.Add(path, text);
        var template = Template.Parse(text, path);
        foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
            diagnostics.Error(Codes.TemplateSyntax, TemplateSpans.From(message.Span), $"the template does not parse: {message.Message}");
        return template.HasErrors ? null : template;
    }
}
