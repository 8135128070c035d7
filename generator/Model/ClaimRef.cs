using Trackside.Diagnostics;

namespace Trackside.Model;

/// <summary>A citation of one claim of one source, written <c>source-id/claim-id</c>.</summary>
public sealed record ClaimRef(string SourceId, string ClaimId, SourceSpan Span)
{
    public string Key => $"{SourceId}/{ClaimId}";
}
