namespace Trackside.Model;

/// <summary>Markdown text and where it starts in its file, so link errors inside it can be located.</summary>
public sealed record MarkdownSource(string Path, string Text, TextOrigin Origin);
