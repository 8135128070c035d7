using System.Buffers;
using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Trackside.Diagnostics;
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
public sealed class SearchIndexWriter
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

    // The packs of the last write by their first term, and the documents and bytes of its result chunks: a
    // pack of the very same records, or a chunk of the very same documents, is handed back as it was (so
    // it is neither made nor hashed again, nor rewritten).
    private Dictionary<string, (byte[][] Records, byte[] Bytes)> _packs = new(StringComparer.Ordinal);
    private IReadOnlyList<SearchDocument> _chunkDocuments = [];
    private IReadOnlyList<byte[]> _chunks = [];
    private char[] _titleTerms = []; // the digit of each of those documents in the settings' titleTerms

    /// <summary>The index of <paramref name="docs"/>, made from scratch.</summary>
    public static IReadOnlyList<GeneratedFile> Write(IReadOnlyList<SearchDocument> docs) => new SearchIndexWriter().Files(InvertedIndex.Build(docs), docs);

    /// <summary>The files of <paramref name="index"/>, made from <paramref name="docs"/>, reusing what this writer made last time.</summary>
    internal IReadOnlyList<GeneratedFile> Files(InvertedIndex index, IReadOnlyList<SearchDocument> docs)
    {
        var files = new List<GeneratedFile>();
        var packStarts = new List<int>();
        var packs = new Dictionary<string, (byte[][] Records, byte[] Bytes)>(StringComparer.Ordinal);
        var records = new List<byte[]>();
        var size = 0;
        void ClosePack()
        {
            var first = index.Terms[packStarts[^1]];
            var held = records.ToArray();
            var bytes = _packs.TryGetValue(first, out var last) && last.Records.AsSpan().SequenceEqual(held) ? last.Bytes : Concat(held, size);
            packs[first] = (held, bytes);
            files.Add(new($"{Folder}p{packStarts.Count - 1}.bin", bytes, OnDemand: true));
        }
        for (var t = 0; t < index.Terms.Count; t++)
        {
            var record = index[index.Terms[t]].Record;
            if (packStarts.Count == 0 || (size > 0 && size + record.Length > PackTarget))
            {
                if (packStarts.Count > 0) ClosePack();
                records.Clear();
                size = 0;
                packStarts.Add(t);
            }
            records.Add(record);
            size += record.Length;
        }
        if (packStarts.Count > 0) ClosePack();
        _packs = packs;

        var chunks = new List<byte[]>();
        for (var c = 0; c * ChunkSize < docs.Count; c++)
        {
            var (start, count) = (c * ChunkSize, Math.Min(ChunkSize, docs.Count - c * ChunkSize));
            var kept = c < _chunks.Count && Math.Min(ChunkSize, _chunkDocuments.Count - start) == count
                && Enumerable.Range(start, count).All(d => ReferenceEquals(docs[d], _chunkDocuments[d]));
            chunks.Add(kept ? _chunks[c] : Chunk(docs.Skip(start).Take(count)));
            files.Add(new($"{Folder}d{c}.json", chunks[c], OnDemand: true));
        }
        var titles = TitleTerms(docs);
        (_chunkDocuments, _chunks) = (docs.ToArray(), chunks); // a copy: the caller may change its list

        var termLines = TermLines(index);
        var version = Version(files, termLines);
        files.Insert(0, new(TermsFile, Encoding.UTF8.GetBytes(Settings(version, docs.Count, packStarts, titles) + "\n" + termLines)));
        return files;
    }

    /// <summary>
    /// One base-36 digit per document: the number of distinct terms in its title, at most 35. A document the same as in the
    /// last write keeps its digit, so an edit does not look at the titles of ten thousand others.
    /// </summary>
    private string TitleTerms(IReadOnlyList<SearchDocument> docs)
    {
        var digits = new char[docs.Count];
        for (var d = 0; d < docs.Count; d++)
            digits[d] = d < _chunkDocuments.Count && ReferenceEquals(docs[d], _chunkDocuments[d])
                ? _titleTerms[d] : Base36(Math.Min(docs[d].Terms(SearchField.Title).Length, 35));
        _titleTerms = digits;
        return new string(digits);
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
            text.Append(Base36(shared)).Append(term, shared, term.Length - shared).Append('\t').Append(Base36(BitOperations.Log2((uint)index[term].DocumentFrequency))).Append('\n');
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

    // The records one after another: copied whole, where enumerating them went byte by byte.
    private static byte[] Concat(byte[][] records, int size)
    {
        var bytes = new byte[size];
        var offset = 0;
        foreach (var record in records)
        {
            record.CopyTo(bytes, offset);
            offset += record.Length;
        }
        return bytes;
    }

    private static int CommonPrefix(string a, string b)
    {
        var n = Math.Min(a.Length, b.Length);
        var i = 0;
        while (i < n && a[i] == b[i]) i++;
        return i;
    }

    // Every number written in base 36 is at most 35: one digit.
    private static char Base36(int value) => "0123456789abcdefghijklmnopqrstuvwxyz"[value];

    /// <summary>
    /// A hash of the whole index: later files are fetched with <c>?v=</c> it, so a browser never mixes
    /// two builds. Made from the files' own hashes, which unchanged files keep from earlier builds.
    /// </summary>
    private static string Version(List<GeneratedFile> files, string termLines)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(termLines));
        foreach (var file in files) hash.AppendData(Encoding.UTF8.GetBytes(file.Path + "\n" + Fingerprint.OfFile(file.Content) + "\n"));
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
    }
}
