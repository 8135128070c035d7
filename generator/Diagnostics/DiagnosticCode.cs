namespace Trackside.Diagnostics;

/// <summary>
/// A stable code for one kind of problem. The letter names the stage that finds it:
/// Y load/YAML, V validate, L link, T template, O output.
/// </summary>
public sealed record DiagnosticCode(string Id, string Slug, string Explanation)
{
    public override string ToString() => Id;
}
