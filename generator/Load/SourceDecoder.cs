using System.Buffers;
using System.Text;
using Trackside.Diagnostics;

namespace Trackside.Load;

/// <summary>Turns a file's bytes into text: strict UTF-8, with or without BOM; any line ending.</summary>
public static class SourceDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Decodes the file's bytes into <paramref name="text"/> (as long as the bytes, at least), without a byte-order mark: the
    /// number of characters, or null after reporting where the first invalid byte or control character is.
    /// </summary>
    public static int? Decode(string path, ReadOnlySpan<byte> bytes, Span<char> text, DiagnosticBag diagnostics)
    {
        var start = bytes.StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        try
        {
            var length = StrictUtf8.GetChars(bytes[start..], text);
            return RefuseControlCharacters(path, text[..length], diagnostics) ? null : length;
        }
        catch (DecoderFallbackException e)
        {
            var badIndex = start + FirstInvalidByte(bytes[start..], e.Index);
            var (line, column) = Locate(bytes, start, badIndex);
            diagnostics.Error(Codes.NotUtf8, new SourceSpan(path, line, column, 0),
                $"the file is not valid UTF-8 (byte 0x{bytes[badIndex]:X2} at line {line}, column {column})",
                "open the file in your editor and save it with the UTF-8 encoding");
            return null;
        }
    }

    // Tabs and line breaks are text; other C0 controls (NUL, ESC, ...) are not, and would reach the pages.
    // A SearchValues rather than IndexOfAnyInRange('\0', '\u001f'), which allocated on every call, and it was called at every line break.
    private static readonly SearchValues<char> Controls =
        SearchValues.Create(Enumerable.Range(0, 0x20).Select(c => (char)c).Where(c => c is not ('\t' or '\n' or '\r')).ToArray());

    private static bool RefuseControlCharacters(string path, ReadOnlySpan<char> text, DiagnosticBag diagnostics)
    {
        var at = text.IndexOfAny(Controls);
        if (at < 0) return false;
        var line = text[..at].Count('\n') + 1;
        var column = at - (text[..(Math.Max(0, at - 1) + 1)].LastIndexOf('\n') + 1) + 1;
        if (at == 0 || text[at - 1] == '\n') column = 1;
        diagnostics.Error(Codes.ControlCharacter, new SourceSpan(path, line, column, 0),
            $"the file holds a control character (U+{(int)text[at]:X4}) at line {line}, column {column}",
            "delete it; if the file came from another program, copy its text into a new file");
        return true;
    }

    // The exception's index is not reliable across runtimes, so scan for the real position.
    private static int FirstInvalidByte(ReadOnlySpan<byte> bytes, int reported)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? Math.Clamp(reported, 0, bytes.Length - 1) : read;
    }

    private static (int Line, int Column) Locate(ReadOnlySpan<byte> bytes, int start, int index)
    {
        var line = 1;
        var lineStart = start;
        for (var i = start; i < index; i++)
        {
            if (bytes[i] != (byte)'\n') continue;
            line++;
            lineStart = i + 1;
        }
        // Count characters, not bytes, before the bad byte: valid UTF-8 up to there.
        var column = Encoding.UTF8.GetCharCount(bytes[lineStart..index]) + 1;
        return (line, column);
    }
}
