using Trackside.Model;

namespace Trackside.Schema;

/// <summary>
/// One field of a content file. The validator, the binders, the JSON Schema writer and the README's
/// field reference all read these, so a field is spelt in one place only.
/// </summary>
public sealed record FieldSpec(string Key, FieldShape Shape, string Description)
{
    public bool Required { get; init; }

    /// <summary>The allowed words of a <see cref="FieldShape.Choice"/> field.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>The kind of item an id field names.</summary>
    public ContentKind? RefKind { get; init; }

    /// <summary>The fields of a block, a list of blocks, or each entry of a block map.</summary>
    public BlockSpec? Block { get; init; }

    /// <summary>An example value, shown in hints and in the README.</summary>
    public string? Example { get; init; }
}
