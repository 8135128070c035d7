using Trackside.Model;
using Trackside.Diagnostics;

namespace Trackside.Load;

/// <summary>
/// A YAML value with its place in the file. YamlDotNet's own tree would do, but ours is smaller,
/// immutable, and has already refused the YAML features content never needs (anchors, tags, merge keys).
/// </summary>
public abstract record DocNode(SourceSpan Span)
{
    /// <summary>The coach's word for this kind of value, used in "expected a list, found text" messages.</summary>
    public abstract string KindName { get; }
}

/// <summary>A single value. <see cref="ContentOrigin"/> is where its first character sits in the file.</summary>
public sealed record DocScalar(SourceSpan Span, string Value, bool IsPlain, TextOrigin ContentOrigin) : DocNode(Span)
{
    public override string KindName => "a single value";
}

/// <summary>A block of <c>key: value</c> fields, in file order.</summary>
public sealed record DocMap(SourceSpan Span, IReadOnlyList<DocField> Fields) : DocNode(Span)
{
    public override string KindName => "a block of fields";

    // A loop rather than LINQ: binding looks up every field of every file, and a closure per lookup added up.
    public DocField? Find(string key)
    {
        for (var i = 0; i < Fields.Count; i++)
            if (Fields[i].Key.Value == key) return Fields[i];
        return null;
    }
}

/// <summary>A list of values.</summary>
public sealed record DocList(SourceSpan Span, IReadOnlyList<DocNode> Items) : DocNode(Span)
{
    public override string KindName => "a list";
}

/// <summary>One <c>key: value</c> pair; the key keeps its own span so errors can underline just the key.</summary>
public sealed record DocField(DocScalar Key, DocNode Value);
