namespace Trackside.Schema;

/// <summary>The fields a block (a whole file, or a nested block such as a dose) may hold.</summary>
public sealed record BlockSpec(string Name, IReadOnlyList<FieldSpec> Fields)
{
    // A loop rather than LINQ, as in DocMap.Find: every field of every file is looked up here.
    public FieldSpec? Find(string key)
    {
        for (var i = 0; i < Fields.Count; i++)
            if (Fields[i].Key == key) return Fields[i];
        return null;
    }

    public IEnumerable<string> Keys => Fields.Select(f => f.Key);
}
