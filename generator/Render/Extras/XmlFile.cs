using System.Text;
using System.Xml;

namespace Trackside.Render.Extras;

/// <summary>Writes generated XML files the same way every time: UTF-8 without a byte-order mark, "\n" line ends, two-space indent.</summary>
internal static class XmlFile
{
    public static byte[] Write(Action<XmlWriter> body)
    {
        using var bytes = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "  ", NewLineChars = "\n" };
        using (var writer = XmlWriter.Create(bytes, settings))
        {
            writer.WriteStartDocument();
            body(writer);
            writer.WriteEndDocument();
        }
        bytes.WriteByte((byte)'\n');
        return bytes.ToArray();
    }

    /// <summary>Text with the characters XML 1.0 cannot hold (lone surrogates, U+FFFE, U+FFFF) left out.</summary>
    public static string Text(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) clean.Append(text, i++, 2);
            else if (XmlConvert.IsXmlChar(text[i])) clean.Append(text[i]);
        }
        return clean.ToString();
    }
}
