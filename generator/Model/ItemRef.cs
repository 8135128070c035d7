using Trackside.Diagnostics;

namespace Trackside.Model;

/// <summary>An id naming another item, where it was written (so a broken one can be located).</summary>
public sealed record ItemRef(ContentKind Kind, string Id, SourceSpan Span);
