using System.Buffers;

namespace Trackside.Search;

/// <summary>
/// A set of document ids as a pack stores it: a varint header, then either <c>count</c> varint gaps
/// (header <c>count*2</c>; gap = id − previous − 1, previous starting at −1) or a bitmap of
/// <c>n</c> bytes, bit i of byte b for document 8b+i (header <c>n*2+1</c>), whichever is smaller.
/// </summary>
internal static class PostingList
{
    public static void Write(ArrayBufferWriter<byte> output, List<int> ids)
    {
        if (ids.Count == 0) { WriteVarint(output, 0); return; }
        var gapBytes = 0;
        var previous = -1;
        foreach (var id in ids) { gapBytes += VarintLength((uint)(id - previous - 1)); previous = id; }
        var bitmapBytes = ids[^1] / 8 + 1;
        if (bitmapBytes < gapBytes)
        {
            WriteVarint(output, (uint)bitmapBytes * 2 + 1);
            var bitmap = output.GetSpan(bitmapBytes)[..bitmapBytes];
            bitmap.Clear();
            foreach (var id in ids) bitmap[id >> 3] |= (byte)(1 << (id & 7));
            output.Advance(bitmapBytes);
            return;
        }
        WriteVarint(output, (uint)ids.Count * 2);
        previous = -1;
        foreach (var id in ids) { WriteVarint(output, (uint)(id - previous - 1)); previous = id; }
    }

    private static void WriteVarint(ArrayBufferWriter<byte> output, uint value)
    {
        var span = output.GetSpan(5);
        var n = 0;
        while (value >= 0x80) { span[n++] = (byte)(value | 0x80); value >>= 7; }
        span[n++] = (byte)value;
        output.Advance(n);
    }

    private static int VarintLength(uint value) => value < 1u << 7 ? 1 : value < 1u << 14 ? 2 : value < 1u << 21 ? 3 : value < 1u << 28 ? 4 : 5;
}
