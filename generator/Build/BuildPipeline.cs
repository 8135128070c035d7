namespace Trackside.Build;

/// <summary>A one-shot build, as the <c>build</c> and <c>check</c> commands run it.</summary>
public static class BuildPipeline
{
    public static BuildResult Run(BuildOptions options) => new BuildSession(options, incremental: false).Build();
}
