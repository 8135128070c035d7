using System.Text.Json;

namespace Trackside.Tests.Search;

/// <summary>
/// Reads a built search index (format in generator/Search/README.md) the plain way, to check what
/// the generator wrote: the terms, each term's documents per field, and the documents.
/// </summary>
public sealed class SearchIndexFiles
{
    public static readonly string[] FieldNames = ["title", "keywords", "lead", "body"];

    private readonly string _folder;

    public SearchIndexFiles(string siteFolder)
    {
        _folder = Path.Combine(siteFolder, "search");
        var text = File.ReadAllText(Path.Combine(_folder, "terms.txt"));
        var newline = text.IndexOf('\n');
        Meta = JsonDocument.Parse(text[..newline]).RootElement.Clone();
        var previous = "";
        foreach (var line in text[(newline + 1)..].Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var tab = line.LastIndexOf('\t');
            var term = previous[..Base36(line[..1])] + line[1..tab];
            Terms.Add(term);
            Commonness.Add(Base36(line[(tab + 1)..]));
            previous = term;
        }
        PackStarts = Meta.GetProperty("packs").EnumerateArray().Select(e => e.GetInt32()).ToList();
        Documents = Directory.EnumerateFiles(_folder, "d*.json")
            .OrderBy(f => int.Parse(Path.GetFileNameWithoutExtension(f)[1..]))
            .SelectMany(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement.EnumerateArray()
                .Select(row => new Doc(
                    Meta.GetProperty("kinds")[row[0].GetInt32()].GetString()!, row[1].GetString()!, row[2].GetString()!, row[3].GetString()!)))
            .ToList();
    }

    public sealed record Doc(string Kind, string Path, string Title, string Snippet);

    public JsonElement Meta { get; }
    public List<string> Terms { get; } = [];
    /// <summary>log2 of each term's document count.</summary>
    public List<int> Commonness { get; } = [];
    public IReadOnlyList<int> PackStarts { get; }
    public IReadOnlyList<Doc> Documents { get; }

    /// <summary>The documents holding <paramref name="term"/>, per field (title, keywords, lead, body).</summary>
    public IReadOnlyList<IReadOnlyList<int>> Postings(string term)
    {
        var index = Terms.BinarySearch(term, StringComparer.Ordinal);
        Assert.True(index >= 0, $"`{term}` is not in the index");
        var pack = PackStarts.Count(start => start <= index) - 1;
        var bytes = File.ReadAllBytes(Path.Combine(_folder, $"p{pack}.bin"));
        var position = 0;
        var lists = new List<IReadOnlyList<int>>();
        for (var t = PackStarts[pack]; t <= index; t++)
        {
            lists.Clear();
            for (var f = 0; f < 4; f++) lists.Add(ReadList(bytes, ref position));
        }
        return lists.ToList();
    }

    private static List<int> ReadList(byte[] bytes, ref int position)
    {
        var header = ReadVarint(bytes, ref position);
        var ids = new List<int>();
        if (header % 2 == 1)
        {
            var length = header / 2;
            for (var b = 0; b < length; b++)
                for (var bit = 0; bit < 8; bit++)
                    if ((bytes[position + b] & (1 << bit)) != 0) ids.Add(b * 8 + bit);
            position += length;
            return ids;
        }
        var previous = -1;
        for (var c = 0; c < header / 2; c++) ids.Add(previous += ReadVarint(bytes, ref position) + 1);
        return ids;
    }

    private static int ReadVarint(byte[] bytes, ref int position)
    {
        int value = 0, shift = 0;
        byte b;
        do { b = bytes[position++]; value |= (b & 0x7f) << shift; shift += 7; } while ((b & 0x80) != 0);
        return value;
    }

    private static int Base36(string digits) =>
        digits.Aggregate(0, (value, c) => value * 36 + (char.IsAsciiDigit(c) ? c - '0' : c - 'a' + 10));
}
