using System.Text;

namespace Trackside.Fuzz;

/// <summary>
/// Byte-level mutations for the built-in mode, in the spirit of afl-fuzz's havoc stage: flips,
/// random bytes, deletions, duplications, splices with another input, and insertions of YAML and
/// Markdown tokens from the same dictionary afl-fuzz is given. Tokens matter most: random bytes
/// alone rarely make `&anchor`, `? ` or `---` where the parser would see them.
/// </summary>
public sealed class Mutator(Random random, IReadOnlyList<byte[]> tokens)
{
    /// <summary>Reads an afl-fuzz dictionary: lines like <c>name="value"</c>, with \xNN, \" and \\ escapes.</summary>
    public static List<byte[]> LoadDictionary(string path)
    {
        var tokens = new List<byte[]>();
        foreach (var line in File.ReadLines(path))
        {
            var open = line.IndexOf('"');
            var close = line.LastIndexOf('"');
            if (line.TrimStart().StartsWith('#') || open < 0 || close <= open) continue;
            tokens.Add(Unescape(line[(open + 1)..close]));
        }
        return tokens;
    }

    private static byte[] Unescape(string text)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 3 < text.Length && text[i + 1] == 'x')
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 2, 2), 16));
                i += 3;
            }
            else if (text[i] == '\\' && i + 1 < text.Length) bytes.Add((byte)text[++i]);
            else bytes.AddRange(Encoding.UTF8.GetBytes(text[i].ToString()));
        }
        return bytes.ToArray();
    }

    /// <summary>A mutated copy of <paramref name="input"/>: 1 to 8 stacked mutations; the selector byte changes rarely.</summary>
    public byte[] Mutate(byte[] input, byte[] other)
    {
        var selector = input.Length > 0 ? input[0] : (byte)'0';
        if (random.Next(20) == 0) selector = (byte)('0' + random.Next(FuzzTarget.Targets.Length));
        var body = new List<byte>(input.Length > 0 ? input[1..] : []);
        var rounds = 1 << random.Next(4);
        for (var i = 0; i < rounds; i++) MutateOnce(body, other);
        if (body.Count > MaxLength) body.RemoveRange(MaxLength, body.Count - MaxLength);
        return [selector, .. body];
    }

    // Bigger inputs only slow the search; the 1 MB file limit has its own unit test.
    private const int MaxLength = 16 * 1024;

    private void MutateOnce(List<byte> body, byte[] other)
    {
        var at = random.Next(body.Count + 1);
        switch (random.Next(9))
        {
            case 0 when body.Count > 0: // flip one bit
                body[Math.Min(at, body.Count - 1)] ^= (byte)(1 << random.Next(8));
                break;
            case 1 when body.Count > 0: // an interesting byte: structure, whitespace or high bit
                body[Math.Min(at, body.Count - 1)] = Interesting[random.Next(Interesting.Length)];
                break;
            case 2 when body.Count > 0: // delete a run
                body.RemoveRange(Math.Min(at, body.Count - 1), Math.Min(body.Count - Math.Min(at, body.Count - 1), 1 + random.Next(16)));
                break;
            case 3 when body.Count > 0: // duplicate a run somewhere else (repeats lines, nests blocks)
                var start = random.Next(body.Count);
                var run = body.GetRange(start, Math.Min(body.Count - start, 1 + random.Next(64)));
                body.InsertRange(random.Next(body.Count + 1), run);
                break;
            case 4 when other.Length > 1: // splice: the tail of another input
                var from = 1 + random.Next(other.Length - 1);
                body.RemoveRange(at, body.Count - at);
                body.AddRange(other[from..]);
                break;
            case 5: // repeat one structural character many times (deep nesting, long lines)
                var c = Interesting[random.Next(Interesting.Length)];
                body.InsertRange(at, Enumerable.Repeat(c, 1 << random.Next(11)));
                break;
            default: // a dictionary token, most often: YAML and Markdown syntax, ids, link schemes
                if (tokens.Count > 0) body.InsertRange(at, tokens[random.Next(tokens.Count)]);
                break;
        }
    }

    private static readonly byte[] Interesting =
        "\n\r\t :-[]{}#&*!|>'\"?,%@`<\\/()_~^"u8.ToArray().Concat(new byte[] { 0x00, 0x7f, 0x80, 0xc3, 0xe2, 0xef, 0xbb, 0xbf, 0xff }).ToArray();
}
