namespace Trackside.Model;

/// <summary>A prescription: the fields coaches expect on a card, each optional, in display order.</summary>
public sealed record Dose(IReadOnlyList<DoseLine> Lines)
{
    public static Dose Empty { get; } = new([]);

    /// <summary>This dose with the lines of <paramref name="overrides"/> replacing same-named ones.</summary>
    public Dose With(Dose overrides)
    {
        var replaced = overrides.Lines.ToDictionary(l => l.Field);
        var merged = Lines.Select(l => replaced.GetValueOrDefault(l.Field, l)).ToList();
        merged.AddRange(overrides.Lines.Where(o => Lines.All(l => l.Field != o.Field)));
        return new Dose(merged);
    }
}

/// <summary>One line of a dose card: the field (e.g. "sets") and its value as written.</summary>
public sealed record DoseLine(string Field, string Value);
