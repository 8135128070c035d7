using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Trackside.Render.Extras;

/// <summary>
/// Writes JSON-LD straight to UTF-8, leaving out every property without a value (null, blank text,
/// an empty list): the same bytes a tree of JSON nodes would give, without the tree, as every page has
/// its JSON-LD. One writer per thread, reused page after page.
/// </summary>
internal sealed class JsonLdWriter
{
    // The default encoder escapes the characters HTML gives meaning to (<, >, &, quotes, +) as \uXXXX,
    // so no text can close the script element ("</script>") or open a comment ("<!--").
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    [ThreadStatic] private static JsonLdWriter? _current;

    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private readonly Utf8JsonWriter _json;

    private JsonLdWriter() => _json = new Utf8JsonWriter(_buffer, Options);

    /// <summary>The text of one object, written by <paramref name="write"/> between its braces.</summary>
    public static string Object<T>(T state, Action<JsonLdWriter, T> write)
    {
        var writer = _current ??= new JsonLdWriter();
        writer._buffer.ResetWrittenCount();
        writer._json.Reset();
        writer._json.WriteStartObject();
        write(writer, state);
        writer._json.WriteEndObject();
        writer._json.Flush();
        return Encoding.UTF8.GetString(writer._buffer.WrittenSpan);
    }

    public JsonLdWriter Text(string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)) _json.WriteString(name, value);
        return this;
    }

    public JsonLdWriter Number(string name, int value)
    {
        _json.WriteNumber(name, value);
        return this;
    }

    /// <summary>A nested object, written by <paramref name="write"/>; left out when <paramref name="state"/> is null.</summary>
    public JsonLdWriter Object<T>(string name, T? state, Action<JsonLdWriter, T> write) where T : class
    {
        if (state is null) return this;
        _json.WriteStartObject(name);
        write(this, state);
        _json.WriteEndObject();
        return this;
    }

    /// <summary>A list of objects, each written by <paramref name="write"/> with its position from 1; left out when empty.</summary>
    public JsonLdWriter Objects<T>(string name, IReadOnlyList<T> items, Action<JsonLdWriter, T, int> write)
    {
        if (items.Count == 0) return this;
        _json.WriteStartArray(name);
        for (var i = 0; i < items.Count; i++)
        {
            _json.WriteStartObject();
            write(this, items[i], i + 1);
            _json.WriteEndObject();
        }
        _json.WriteEndArray();
        return this;
    }

    /// <summary>A list of texts; left out when empty.</summary>
    public JsonLdWriter Texts(string name, IReadOnlyList<string> values)
    {
        if (values.Count == 0) return this;
        _json.WriteStartArray(name);
        foreach (var value in values) _json.WriteStringValue(value);
        _json.WriteEndArray();
        return this;
    }
}
