namespace Trackside.Render;

/// <summary>How many pages were rendered, and the input fingerprint of every page of the site (path → hash).</summary>
public sealed record RenderReport(int Rendered, IReadOnlyDictionary<string, string> Fingerprints);
