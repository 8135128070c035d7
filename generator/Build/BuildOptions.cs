namespace Trackside.Build;

/// <summary>What to build. <see cref="OutputFolder"/> null means check only: nothing is written.</summary>
public sealed record BuildOptions(string SourceFolder, string? OutputFolder, string? BaseUrl = null)
{
    /// <summary>Render every page, instead of reusing unchanged pages of the published site.</summary>
    public bool Clean { get; init; }

    public Load.Limits Limits { get; init; } = Load.Limits.Default;
}
