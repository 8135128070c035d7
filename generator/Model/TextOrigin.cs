namespace Trackside.Model;

/// <summary>
/// Where a piece of text (a Markdown body or a YAML value) starts in its file, so positions found
/// inside the text (0-based line and column, as Markdig reports them) map back to file positions.
/// </summary>
public readonly record struct TextOrigin(int Line, int Column)
{
    /// <summary>
    /// The 1-based file position of a 0-based position inside the text. Literal YAML blocks and
    /// Markdown bodies keep their lines one for one, and every line of a block shares its indent,
    /// so one shift serves all lines.
    /// </summary>
    public (int Line, int Column) Map(int textLine, int textColumn) =>
        (Line + textLine, Column + textColumn);
}
