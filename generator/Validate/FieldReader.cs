using System.Globalization;
using Trackside.Load;
using Trackside.Model;

namespace Trackside.Validate;

/// <summary>
/// Reads typed values out of a block that <see cref="ShapeValidator"/> has already checked.
/// Values that failed the check read as absent, so binding never reports anything twice.
/// </summary>
public sealed class FieldReader(DocMap map, string path)
{
    public DocMap Map => map;

    public string? Text(string key) => map.Find(key)?.Value is DocScalar { Value.Length: > 0 } s ? s.Value.Trim() : null;

    public int? Count(string key) =>
        int.TryParse(Text(key), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 ? n : null;

    public DateOnly? Date(string key) =>
        DateOnly.TryParseExact(Text(key), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public MarkdownSource? Markdown(string key) =>
        map.Find(key)?.Value is DocScalar { Value.Length: > 0 } s ? MarkdownOf(s) : null;

    public IReadOnlyList<string> TextList(string key) =>
        Each(key, 0, static (node, _) => node is DocScalar s && s.Value.Trim() is { Length: > 0 } text ? text : null);

    public IReadOnlyList<MarkdownSource> MarkdownList(string key) =>
        Each(key, this, static (node, reader) => node is DocScalar { Value.Length: > 0 } s ? reader.MarkdownOf(s) : null);

    public ItemRef? Ref(string key, ContentKind kind) =>
        map.Find(key)?.Value is DocScalar { Value.Length: > 0 } s ? new ItemRef(kind, s.Value.Trim(), s.Span) : null;

    public IReadOnlyList<ItemRef> Refs(string key, ContentKind kind) =>
        Each(key, kind, static (node, kind) => node is DocScalar { Value.Length: > 0 } s ? new ItemRef(kind, s.Value.Trim(), s.Span) : null);

    public IReadOnlyList<ClaimRef> ClaimRefs(string key) => Each(key, 0, static (node, _) => node is DocScalar s ? ClaimRefOf(s) : null);

    private static ClaimRef? ClaimRefOf(DocScalar scalar)
    {
        var text = scalar.Value.Trim();
        return ClaimSlash(text) is var slash and >= 0
            ? new ClaimRef(ShortStrings.Of(text.AsSpan(0, slash)), ShortStrings.Of(text.AsSpan(slash + 1)), scalar.Span)
            : null;
    }

    /// <summary>Where the '/' of a citation written `source-id/claim-id` is: its only one, with text on both sides; else -1.</summary>
    public static int ClaimSlash(string text)
    {
        var slash = text.IndexOf('/');
        return slash > 0 && slash < text.Length - 1 && text.IndexOf('/', slash + 1) < 0 ? slash : -1;
    }

    public FieldReader? Block(string key) => map.Find(key)?.Value is DocMap m ? new FieldReader(m, path) : null;

    /// <summary>A reader of a block inside this one.</summary>
    public FieldReader Nested(DocMap block) => new(block, path);

    /// <summary>
    /// What <paramref name="make"/> makes of each entry of the list under key, in order, leaving out nulls. A loop into an array of
    /// the right size rather than LINQ into a List: the model keeps these lists all build long, and the iterators and closures
    /// were garbage for every list of every file. <paramref name="arg"/> reaches a static lambda, so that none captures.
    /// </summary>
    public IReadOnlyList<T> Each<T, TArg>(string key, TArg arg, Func<DocNode, TArg, T?> make) where T : class
    {
        var entries = Nodes(key);
        if (entries.Count == 0) return [];
        var made = new T[entries.Count];
        var count = 0;
        for (var i = 0; i < entries.Count; i++)
            if (make(entries[i], arg) is { } value) made[count++] = value;
        return count == made.Length ? made : made[..count];
    }

    /// <summary>Entries of a list that may hold plain values and blocks, in order.</summary>
    public IReadOnlyList<DocNode> Nodes(string key) => map.Find(key)?.Value is DocList list ? list.Items : [];

    /// <summary>The entries of a block whose keys the coach chose (e.g. claim ids), in file order.</summary>
    public IReadOnlyList<(DocScalar Key, FieldReader Fields)> Entries(string key) =>
        map.Find(key)?.Value is DocMap m
            ? m.Fields.Where(f => f.Value is DocMap).Select(f => (f.Key, new FieldReader((DocMap)f.Value, path))).ToList()
            : [];

    public MarkdownSource MarkdownOf(DocScalar scalar) => new(path, scalar.Value, scalar.ContentOrigin);
}
