using System.Collections.Concurrent;

namespace Trackside.Diagnostics;

/// <summary>
/// The decoded text of every file read in a build, so a diagnostic can quote the line it points at.
/// </summary>
public sealed class SourceFiles
{
    private readonly ConcurrentDictionary<string, string> _texts = new(StringComparer.Ordinal);

    public void Add(string path, string text) => _texts[path] = text;

    public string? Text(string path) => _texts.GetValueOrDefault(path);

    /// <summary>The 1-based line of a file, without its line ending; null when unknown.</summary>
    public string? Line(string path, int line)
    {
        if (!_texts.TryGetValue(path, out var text) || line < 1) return null;
        var start = 0;
        for (var current = 1; current < line; current++)
        {
            var next = text.IndexOf('\n', start);
            if (next < 0) return null;
            start = next + 1;
        }
        var end = text.IndexOf('\n', start);
        var content = end < 0 ? text[start..] : text[start..end];
        return content.TrimEnd('\r');
    }
}
