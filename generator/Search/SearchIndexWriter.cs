using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Trackside.Render.Extras;

namespace Trackside.Search;

/// <summary>
/// Writes the search index the browser loads piece by piece (format described in
/// <c>generator/Search/README.md</c>):
/// <list type="bullet">
/// <item><c>search/terms.txt</c>: a settings line, then every term, sorted and front-coded, with its
/// document frequency. Loaded when the box gets focus; typo candidates are found in it.</item>
/// <item><c>search/p{n}.bin</c>: postings of a run of consecutive terms, one set of document ids per
/// field, each stored as gaps or as a bitmap, whichever is smaller.</item>
/// <item><c>search/d{n}.json</c>: <see cref="ChunkSize"/> documents each: kind, address, title, snippet.</item>
/// </list>
/// Everything is ordered, so the same content gives the same bytes.
/// </summary>
public static class SearchIndexWriter
{
    public const int Format = 1;
    public const string Folder = "search/";
    public const string TermsFile = Folder + "terms.txt";
    public const int ChunkSize = 32;
    /// <summary>A pack of postings is closed once it holds this many bytes (a bigger single term gets its own).</summary>
    public const int PackTarget = 6 * 1024;
    /// <summary>
    /// Score of a term in each field, in <see cref="SearchField"/> order. A title scores its full
    /// weight when it is the only word of the title, and less in longer titles
    /// (× (1 + 3 / words) / 4), so "Ankle" comes before "Return to running after ankle trouble".
    /// </summary>
    public static IReadOnlyList<int> Weights { get; } = [12, 4, 2, 1];

    private static readonly JsonWriterOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IReadOnlyList<GeneratedFile> Write(IReadOnlyList<SearchDocument> docs)
    {
        var index = InvertedIndex.Build(docs);
        var files = new List<GeneratedFile>();

        var packStarts = new List<int>();
        var pack = new ArrayBufferWriter<byte>();
        var record = new ArrayBufferWriter<byte>();
        for (var t = 0; t < index.Terms.Count; t++)
        {
            record.ResetWrittenCount();
            foreach (var list in index.Postings[t]) WriteList(record, list, docs.Count);
            if (packStarts.Count == 0 || (pack.WrittenCount > 0 && pack.WrittenCount + record.WrittenCount > PackTarget))
            {
                if (packStarts.Count > 0) files.Add(new($"{Folder}p{packStarts.Count - 1}.bin", pack.WrittenSpan.ToArray(), OnDemand: true));
                pack.ResetWrittenCount();
                packStarts.Add(t);
            }
            pack.Write(record.WrittenSpan);
        }
        if (packStarts.Count > 0) files.Add(new($"{Folder}p{packStarts.Count - 1}.bin", pack.WrittenSpan.ToArray(), OnDemand: true));

        for (var c = 0; c * ChunkSize < docs.Count; c++)
            files.Add(new($"{Folder}d{c}.json", Chunk(docs.Skip(c * ChunkSize).Take(ChunkSize)), OnDemand: true));

        var termLines = TermLines(index);
        var version = Version(files, termLines);
        var titles = string.Concat(index.TitleTerms.Select(n => Base36(Math.Min(n, 35))));
        files.Insert(0, new(TermsFile, Encoding.UTF8.GetBytes(Settings(version, docs.Count, packStarts, titles) + "\n" + termLines)));
        return files;
    }

    /// <summary>
    /// One line per term: the length of the prefix it shares with the line before (one base-36
    /// digit), the rest, a tab, and how common it is: log2 of the number of documents holding it,
    /// one base-36 digit (enough to prefer common completions; exact counts would cost a quarter
    /// of the file).
    /// </summary>
    private static string TermLines(InvertedIndex index)
    {
        var text = new StringBuilder();
        var previous = "";
        for (var t = 0; t < index.Terms.Count; t++)
        {
            var term = index.Terms[t];
            var shared = Math.Min(35, CommonPrefix(previous, term));
            if (shared > 0 && char.IsHighSurrogate(term[shared - 1])) shared--;
            text.Append(Base36(shared)).Append(term, shared, term.Length - shared).Append('\t').Append(Base36(BitOperations.Log2((uint)index.DocumentFrequency[t]))).Append('\n');
            previous = term;
        }
        return text.ToString();
    }

    private static string Settings(string version, int documents, List<int> packStarts, string titleTerms)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Json))
        {
            json.WriteStartObject();
            json.WriteNumber("format", Format);
            json.WriteString("version", version);
            json.WriteNumber("docs", documents);
            json.WriteNumber("chunk", ChunkSize);
            json.WriteStartArray("weights");
            foreach (var w in Weights) json.WriteNumberValue(w);
            json.WriteEndArray();
            json.WriteStartArray("kinds");
            foreach (var kind in Enum.GetValues<SearchKind>()) json.WriteStringValue(kind.ToString().ToLowerInvariant());
            json.WriteEndArray();
            json.WriteNumber("minLength", SearchText.MinLength);
            json.WriteNumber("maxLength", SearchText.MaxLength);
            json.WriteStartObject("fold");
            foreach (var (to, from) in SearchText.FoldGroups) json.WriteString(to, from);
            json.WriteEndObject();
            json.WriteString("titleTerms", titleTerms);
            json.WriteStartArray("packs");
            foreach (var start in packStarts) json.WriteNumberValue(start);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static byte[] Chunk(IEnumerable<SearchDocument> docs)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Json))
        {
            json.WriteStartArray();
            foreach (var doc in docs)
            {
                json.WriteStartArray();
                json.WriteNumberValue((int)doc.Kind);
                json.WriteStringValue(doc.Path);
                json.WriteStringValue(doc.Title);
                json.WriteStringValue(doc.Snippet);
                json.WriteEndArray();
            }
            json.WriteEndArray();
        }
        return stream.ToArray();
    }

    /// <summary>
    /// A set of document ids: a varint header, then either <c>count</c> varint gaps (header
    /// <c>count*2</c>) or a bitmap of <c>n</c> bytes, bit i of byte b for document 8b+i (header <c>n*2+1</c>).
    /// </summary>
    private static void WriteList(ArrayBufferWriter<byte> output, List<int> ids, int documents)
    {
        if (ids.Count == 0) { WriteVarint(output, 0); return; }
        var gapBytes = 0;
        var previous = -1;
        foreach (var id in ids) { gapBytes += VarintLength((uint)(id - previous - 1)); previous = id; }
        var bitmapBytes = ids[^1] / 8 + 1;
        if (bitmapBytes < gapBytes)
        {
            WriteVarint(output, (uint)bitmapBytes * 2 + 1);
            var bitmap = output.GetSpan(bitmapBytes)[..bitmapBytes];
            bitmap.Clear();
            foreach (var id in ids) bitmap[id >> 3] |= (byte)(1 << (id & 7));
            output.Advance(bitmapBytes);
            return;
        }
        WriteVarint(output, (uint)ids.Count * 2);
        previous = -1;
        foreach (var id in ids) { WriteVarint(output, (uint)(id - previous - 1)); previous = id; }
    }

    private static void WriteVarint(ArrayBufferWriter<byte> output, uint value)
    {
        var span = output.GetSpan(5);
        var n = 0;
        while (value >= 0x80) { span[n++] = (byte)(value | 0x80); value >>= 7; }
        span[n++] = (byte)value;
        output.Advance(n);
    }

    private static int VarintLength(uint value) => value < 1u << 7 ? 1 : value < 1u << 14 ? 2 : value < 1u << 21 ? 3 : value < 1u << 28 ? 4 : 5;

    private static int CommonPrefix(string a, string b)
    {
        var n = Math.Min(a.Length, b.Length);
        var i = 0;
        while (i < n && a[i] == b[i]) i++;
        return i;
    }

    private static string Base36(int value)
    {
        const string digits = "0123456789abcdefghijklmnopqrstuvwxyz";
        if (value == 0) return "0";
        var text = new StringBuilder();
        for (; value > 0; value /= 36) text.Insert(0, digits[value % 36]);
        return text.ToString();
    }

    /// <summary>A hash of the whole index: later files are fetched with <c>?v=</c> it, so a browser never mixes two builds.</summary>
    private static string Version(List<GeneratedFile> files, string termLines)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(termLines));
        foreach (var file in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file.Path + "\n"));
            hash.AppendData(file.Content);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
    }
}

/// <summary>Terms in ordinal order, each with one ascending list of document ids per field.</summary>
internal sealed class InvertedIndex
{
    public required IReadOnlyList<string> Terms { get; init; }
    public required IReadOnlyList<List<int>[]> Postings { get; init; }
    public required IReadOnlyList<int> DocumentFrequency { get; init; }
    /// <summary>The number of distinct terms in each document's title.</summary>
    public required IReadOnlyList<int> TitleTerms { get; init; }

    public static InvertedIndex Build(IReadOnlyList<SearchDocument> docs)
    {
        // Each term gets a number the first time it is met; each document keeps the distinct numbers of
        // each field. Terms are sorted afterwards, which makes the output independent of the numbering.
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var next = 0;
        var perDoc = new int[docs.Count][][];
        Parallel.For(0, docs.Count, d => docs[d].Terms(SearchField.Title)); // terms of documents not kept from an earlier build
        for (var d = 0; d < docs.Count; d++)
        {
            var fields = new int[SearchDocument.FieldCount][];
            for (var f = 0; f < fields.Length; f++)
            {
                var words = docs[d].Terms((SearchField)f);
                var field = fields[f] = new int[words.Length];
                for (var t = 0; t < words.Length; t++)
                {
                    ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(numbers, words[t], out var known);
                    if (!known) number = next++;
                    field[t] = number;
                }
            }
            perDoc[d] = fields;
        }

        var count = next;
        var lists = new List<int>[count][];
        var frequency = new int[count];
        var lastDoc = new int[count];
        Array.Fill(lastDoc, -1);
        for (var d = 0; d < perDoc.Length; d++)
            for (var f = 0; f < SearchDocument.FieldCount; f++)
                foreach (var number in perDoc[d][f])
                {
                    var fields = lists[number] ??= [new(), new(), new(), new()];
                    fields[f].Add(d);
                    if (lastDoc[number] != d) { lastDoc[number] = d; frequency[number]++; }
                }

        var terms = numbers.Keys.ToArray();
        Array.Sort(terms, StringComparer.Ordinal);
        return new InvertedIndex
        {
            Terms = terms,
            Postings = terms.Select(t => lists[numbers[t]]).ToList(),
            DocumentFrequency = terms.Select(t => frequency[numbers[t]]).ToList(),
            TitleTerms = perDoc.Select(fields => fields[(int)SearchField.Title].Length).ToList(),
        };
    }
}
