using System.Text;
using CsCheck;

namespace Trackside.Tests.Robustness;

/// <summary>
/// One edit of a file's bytes, of the kinds a hurried coach, a bad merge or a broken editor makes.
/// Positions are taken modulo the file's length, so any generated number fits any file; shrinking
/// moves them towards the start of the file.
/// </summary>
public abstract record Mutation
{
    public abstract byte[] Apply(byte[] file);

    protected static int At(int position, int length) => length == 0 ? 0 : position % (length + 1);

    protected static List<byte[]> Lines(byte[] file) => Split(file).ToList();

    protected static byte[] Join(IEnumerable<byte[]> lines)
    {
        using var stream = new MemoryStream();
        var first = true;
        foreach (var line in lines)
        {
            if (!first) stream.WriteByte((byte)'\n');
            stream.Write(line);
            first = false;
        }
        return stream.ToArray();
    }

    private static IEnumerable<byte[]> Split(byte[] file)
    {
        var start = 0;
        for (var i = 0; i < file.Length; i++)
        {
            if (file[i] != (byte)'\n') continue;
            yield return file[start..i];
            start = i + 1;
        }
        yield return file[start..];
    }

    protected static byte[] Insert(byte[] file, int position, byte[] bytes)
    {
        var at = At(position, file.Length);
        return [.. file[..at], .. bytes, .. file[at..]];
    }
}

public sealed record DeleteChars(int Position, int Count) : Mutation
{
    public override byte[] Apply(byte[] file)
    {
        var at = At(Position, file.Length);
        return [.. file[..at], .. file[Math.Min(file.Length, at + Count)..]];
    }
}

public sealed record DuplicateLine(int Line) : Mutation
{
    public override byte[] Apply(byte[] file)
    {
        var lines = Lines(file);
        var i = Line % lines.Count;
        lines.Insert(i, lines[i]);
        return Join(lines);
    }
}

public sealed record SwapLines(int First, int Second) : Mutation
{
    public override byte[] Apply(byte[] file)
    {
        var lines = Lines(file);
        var (a, b) = (First % lines.Count, Second % lines.Count);
        (lines[a], lines[b]) = (lines[b], lines[a]);
        return Join(lines);
    }
}

/// <summary>Indents a line by <see cref="Delta"/> spaces, or removes up to that many with a negative delta.</summary>
public sealed record Reindent(int Line, int Delta) : Mutation
{
    public override byte[] Apply(byte[] file)
    {
        var lines = Lines(file);
        var i = Line % lines.Count;
        var line = lines[i];
        lines[i] = Delta >= 0
            ? [.. Enumerable.Repeat((byte)' ', Delta), .. line]
            : line[Math.Min(line.TakeWhile(b => b == (byte)' ').Count(), -Delta)..];
        return Join(lines);
    }
}

/// <summary>Inserts text: a tab, a YAML indicator (<c>: - [ { &amp; * ! --- | &gt;</c>) or a line break.</summary>
public sealed record InsertText(int Position, string Text) : Mutation
{
    public override byte[] Apply(byte[] file) => Insert(file, Position, Encoding.UTF8.GetBytes(Text));

    public override string ToString() => $"InsertText({Position}, \"{Text.Replace("\t", "\\t").Replace("\n", "\\n")}\")";
}

/// <summary>Inserts raw bytes: NUL, control characters, and sequences that are not UTF-8.</summary>
public sealed record InsertBytes(int Position, byte[] Bytes) : Mutation
{
    public override byte[] Apply(byte[] file) => Insert(file, Position, Bytes);

    public override string ToString() => $"InsertBytes({Position}, 0x{Convert.ToHexString(Bytes)})";
}

public sealed record Truncate(int Length) : Mutation
{
    public override byte[] Apply(byte[] file) => file[..At(Length, file.Length)];
}

/// <summary>Replaces the value after the first ": " of a line with a long run of words.</summary>
public sealed record LongValue(int Line, int Length) : Mutation
{
    public override byte[] Apply(byte[] file)
    {
        var lines = Lines(file);
        var i = Line % lines.Count;
        var colon = lines[i].AsSpan().IndexOf(": "u8);
        var key = colon < 0 ? lines[i] : lines[i][..(colon + 2)];
        var value = new StringBuilder(Length + 16);
        while (value.Length < Length) value.Append("long value ");
        lines[i] = [.. key, .. Encoding.UTF8.GetBytes(value.ToString(0, Length))];
        return Join(lines);
    }
}

public static class Mutations
{
    private static readonly string[] Texts = [":", ": ", "-", "- ", "[", "]", "{", "}", "&", "&a ", "*", "*a", "!", "!!str ", "---", "\n---\n", "\t", "\t\t", "\n", "\n\n  ", "|\n  ", ">\n  ", "\"", "'", "#", "|", ">", "%", "@", "`"];

    private static readonly byte[][] Bytes =
    [
        [0x00], [0x00, 0x00, 0x00], [0xFF], [0xFE, 0xFF], [0xC3, 0x28], [0x80], [0xE2, 0x82], [0xF0, 0x9F, 0x98],
        [0xED, 0xA0, 0x80], [0xEF, 0xBB, 0xBF], [0x0D], [0x1B, 0x5B, 0x33, 0x31, 0x6D], [0x7F], [0xC2, 0x85], [0xE2, 0x80, 0xA8],
    ];

    private static readonly Gen<int> Position = Gen.Int[0, 100_000];
    private static readonly Gen<int> LineNumber = Gen.Int[0, 60];

    public static Gen<Mutation> One { get; } = Gen.OneOf<Mutation>(
        Gen.Select(Position, Gen.Int[1, 40], (p, n) => (Mutation)new DeleteChars(p, n)),
        LineNumber.Select(l => (Mutation)new DuplicateLine(l)),
        Gen.Select(LineNumber, LineNumber, (a, b) => (Mutation)new SwapLines(a, b)),
        Gen.Select(LineNumber, Gen.Int[-8, 8], (l, d) => (Mutation)new Reindent(l, d)),
        Gen.Select(Position, Gen.Int[0, Texts.Length - 1], (p, t) => (Mutation)new InsertText(p, Texts[t])),
        Gen.Select(Position, Gen.Int[0, Bytes.Length - 1], (p, b) => (Mutation)new InsertBytes(p, Bytes[b])),
        Gen.Select(Position, Gen.Byte.Array[1, 8], (p, b) => (Mutation)new InsertBytes(p, b)),
        Position.Select(p => (Mutation)new Truncate(p)),
        Gen.Select(LineNumber, Gen.OneOf(Gen.Int[1, 300], Gen.Int[300, 20_000], Gen.Const(1_100_000)), (l, n) => (Mutation)new LongValue(l, n)));

    public static Gen<Mutation[]> Some { get; } = One.Array[1, 4];
}
