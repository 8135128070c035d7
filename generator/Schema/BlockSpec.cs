namespace Trackside.Schema;

/// <summary>The fields a block (a whole file, or a nested block such as a dose) may hold.</summary>
public sealed record BlockSpec(string Name, IReadOnlyList<FieldSpec> Fields)
{
    public FieldSpec? Find(string key) => Fields.FirstOrDefault(f => f.Key == key);

    public IEnumerable<string> Keys => Fields.Select(f => f.Key);
}
