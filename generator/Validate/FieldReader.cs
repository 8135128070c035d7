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

    public IReadOnlyList<string> TextList(string key) => Scalars(key).Select(s => s.Value.Trim()).Where(v => v.Length > 0).ToList();

    public IReadOnlyList<MarkdownSource> MarkdownList(string key) => Scalars(key).Where(s => s.Value.Length > 0).Select(MarkdownOf).ToList();

    public ItemRef? Ref(string key, ContentKind kind) =>
        map.Find(key)?.Value is DocScalar { Value.Length: > 0 } s ? new ItemRef(kind, s.Value.Trim(), s.Span) : null;

    public IReadOnlyList<ItemRef> Refs(string key, ContentKind kind) =>
        Scalars(key).Where(s => s.Value.Length > 0).Select(s => new ItemRef(kind, s.Value.Trim(), s.Span)).ToList();

    public IReadOnlyList<ClaimRef> ClaimRefs(string key) =>
        Scalars(key)
            .Select(s => (Scalar: s, Parts: s.Value.Trim().Split('/')))
            .Where(x => x.Parts is [{ Length: > 0 }, { Length: > 0 }])
            .Select(x => new ClaimRef(x.Parts[0], x.Parts[1], x.Scalar.Span))
            .ToList();

    public FieldReader? Block(string key) => map.Find(key)?.Value is DocMap m ? new FieldReader(m, path) : null;

    public IReadOnlyList<FieldReader> Blocks(string key) => Nodes(key).OfType<DocMap>().Select(m => new FieldReader(m, path)).ToList();

    /// <summary>Entries of a list that may hold plain values and blocks, in order.</summary>
    public IReadOnlyList<DocNode> Nodes(string key) => map.Find(key)?.Value is DocList list ? list.Items : [];

    /// <summary>The entries of a block whose keys the coach chose (e.g. claim ids), in file order.</summary>
    public IReadOnlyList<(DocScalar Key, FieldReader Fields)> Entries(string key) =>
        map.Find(key)?.Value is DocMap m
            ? m.Fields.Where(f => f.Value is DocMap).Select(f => (f.Key, new FieldReader((DocMap)f.Value, path))).ToList()
            : [];

    private IEnumerable<DocScalar> Scalars(string key) => Nodes(key).OfType<DocScalar>();

    public MarkdownSource MarkdownOf(DocScalar scalar) => new(path, scalar.Value, scalar.ContentOrigin);
}
