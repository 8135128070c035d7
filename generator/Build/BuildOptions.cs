namespace Trackside.Build;

/// <summary>What to build. <see cref="OutputFolder"/> null means check only: nothing is written.</summary>
public sealed record BuildOptions(string SourceFolder, string? OutputFolder, string? BaseUrl = null)
{
    public Load.Limits Limits { get; init; } = Load.Limits.Default;
}
