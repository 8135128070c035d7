namespace Trackside.Render.Extras;

/// <summary>Every extra file generator, in the order they run.</summary>
public static class SiteExtras
{
    public static IReadOnlyList<ISiteExtra> All { get; } = [];
}
