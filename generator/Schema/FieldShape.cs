namespace Trackside.Schema;

/// <summary>The form a field's value takes in YAML.</summary>
public enum FieldShape
{
    /// <summary>One line of plain text (escaped on the page).</summary>
    Text,
    /// <summary>Markdown text, rendered; may contain item links.</summary>
    Markdown,
    /// <summary>A whole number of at least 1.</summary>
    Count,
    /// <summary>A date written YYYY-MM-DD.</summary>
    Date,
    /// <summary>An absolute http(s) web address.</summary>
    Url,
    /// <summary>One of a fixed set of words.</summary>
    Choice,
    /// <summary>The id of another item of <see cref="FieldSpec.RefKind"/>.</summary>
    ItemRef,
    /// <summary>A list of ids of items of <see cref="FieldSpec.RefKind"/>.</summary>
    ItemRefList,
    /// <summary>A list of plain text lines.</summary>
    TextList,
    /// <summary>A list of Markdown lines.</summary>
    MarkdownList,
    /// <summary>A list of <c>source/claim</c> citations.</summary>
    ClaimRefList,
    /// <summary>A block of fields described by <see cref="FieldSpec.Block"/>.</summary>
    Block,
    /// <summary>A list of blocks described by <see cref="FieldSpec.Block"/>.</summary>
    BlockList,
    /// <summary>
    /// A list whose entries are either a single value (an id of <see cref="FieldSpec.RefKind"/>, or text
    /// when that is null) or a block of <see cref="FieldSpec.Block"/> (e.g. an id with overrides).
    /// </summary>
    ValueOrBlockList,
    /// <summary>A block whose keys are ids the coach chooses, each holding a <see cref="FieldSpec.Block"/>.</summary>
    BlockMap,
}
