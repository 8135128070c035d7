using System.Text;

namespace Trackside.Diagnostics;

/// <summary>Writes the table of diagnostic codes as Markdown, for the README.</summary>
public static class CodeReference
{
    public static string Markdown()
    {
        var text = new StringBuilder("| code | name | what it means |\n|---|---|---|\n");
        foreach (var code in Codes.All) text.Append($"| {code.Id} | {code.Slug} | {code.Explanation} |\n");
        return text.ToString();
    }
}
