using Trackside.Model;

namespace Trackside.Render.Map;

/// <summary>A region's box on the map, in SVG user units, with its title broken into lines.</summary>
public sealed record MapNode(Region Region, int X, int Y, int Width, int Height, IReadOnlyList<string> Lines)
{
    public int CentreX => X + Width / 2;
    public int CentreY => Y + Height / 2;
}

/// <summary>One connection between two regions, drawn once however many files name it.</summary>
public sealed record MapEdge(MapNode From, MapNode To);

/// <summary>
/// Where each region goes on the kinetic-chain map. Deterministic: the same regions always give the
/// same picture. Each connected group of regions is laid out in layers by breadth-first distance from
/// one end of its longest chain, that end at the bottom (the ground: the foot end of a leg chain) and
/// the far end on top. A plain chain becomes a single column; a layer that holds several regions shows
/// them side by side, at most <see cref="PerRow"/> to a row so the labels stay readable on a 360 px
/// phone. Groups that do not connect follow one another, the largest first.
/// </summary>
public sealed record ChainLayout(IReadOnlyList<MapNode> Nodes, IReadOnlyList<MapEdge> Edges, int Width, int Height)
{
    public const int PerRow = 2;
    public const int MapWidth = 320;
    private const int Margin = 6;          // room for the current region's outer ring
    private const int Gap = 24;            // between two boxes of one row
    private const int RowGap = 24;         // between rows: the length of a drawn connection
    private const int GroupGap = 40;       // between groups that do not connect
    private const int LineHeight = 17;
    private const int OneLineHeight = 44;  // a tap target when drawn at about 1:1 on a phone
    private const double CharWidth = 8.0;  // a generous average for 14px system fonts, bold included

    public static ChainLayout Of(IEnumerable<Region> all)
    {
        var regions = all.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        var byId = regions.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var neighbours = regions.ToDictionary(r => r.Id, _ => new SortedSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        var pairs = new SortedSet<(string, string)>();
        foreach (var region in regions)
        {
            foreach (var other in region.Connects.Select(c => c.Id).Where(id => id != region.Id && byId.ContainsKey(id)))
            {
                neighbours[region.Id].Add(other);
                neighbours[other].Add(region.Id);
                pairs.Add(string.CompareOrdinal(region.Id, other) < 0 ? (region.Id, other) : (other, region.Id));
            }
        }

        var rows = new List<List<Region>>();
        var groupStarts = new HashSet<int>();
        foreach (var group in Groups(regions, neighbours))
        {
            groupStarts.Add(rows.Count);
            var layers = Layers(group, neighbours);
            // Layer 0 (the root) goes at the bottom: rows are listed top to bottom.
            foreach (var layer in Enumerable.Reverse(layers))
                rows.AddRange(layer.Chunk(PerRow).Reverse().Select(chunk => chunk.Select(id => byId[id]).ToList()));
        }

        var nodes = new Dictionary<string, MapNode>(StringComparer.Ordinal);
        var y = Margin;
        for (var i = 0; i < rows.Count; i++)
        {
            if (i > 0) y += groupStarts.Contains(i) ? GroupGap : RowGap;
            var row = rows[i];
            var width = row.Count == 1 ? 200 : (MapWidth - 2 * Margin - (row.Count - 1) * Gap) / row.Count;
            var lines = row.Select(r => Wrap(r.Title, (int)((width - 16) / CharWidth))).ToList();
            var height = OneLineHeight + (lines.Max(l => l.Count) - 1) * LineHeight;
            var x = (MapWidth - (row.Count * width + (row.Count - 1) * Gap)) / 2;
            for (var j = 0; j < row.Count; j++)
                nodes[row[j].Id] = new MapNode(row[j], x + j * (width + Gap), y, width, height, lines[j]);
            y += height;
        }

        var edges = pairs.Select(p => new MapEdge(nodes[p.Item1], nodes[p.Item2])).ToList();
        var ordered = rows.SelectMany(r => r).Select(r => nodes[r.Id]).ToList();
        return new ChainLayout(ordered, edges, MapWidth, y + Margin);
    }

    /// <summary>Connected groups, largest first, then by their first id.</summary>
    private static IEnumerable<List<string>> Groups(List<Region> regions, Dictionary<string, SortedSet<string>> neighbours)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var groups = new List<List<string>>();
        foreach (var region in regions.Where(r => !seen.Contains(r.Id)))
        {
            var group = Distances(region.Id, neighbours).Keys.ToList();
            seen.UnionWith(group);
            groups.Add(group.Order(StringComparer.Ordinal).ToList());
        }
        return groups.OrderByDescending(g => g.Count).ThenBy(g => g[0], StringComparer.Ordinal);
    }

    /// <summary>
    /// The layers of one group, each in left-to-right order. The root is an end of the group's longest
    /// shortest path (found by two breadth-first searches), the end with fewer connections, then the
    /// first by id; each layer is ordered by where its neighbours sit in the layer below, to keep
    /// lines from crossing.
    /// </summary>
    private static List<List<string>> Layers(List<string> group, Dictionary<string, SortedSet<string>> neighbours)
    {
        var a = Farthest(group[0], neighbours);
        var b = Farthest(a, neighbours);
        var root = new[] { a, b }.OrderBy(id => neighbours[id].Count).ThenBy(id => id, StringComparer.Ordinal).First();
        var distance = Distances(root, neighbours);

        var layers = new List<List<string>> { new() { root } };
        for (var depth = 1; depth <= distance.Values.Max(); depth++)
        {
            var below = layers[^1].Select((id, index) => (id, index)).ToDictionary(x => x.id, x => x.index, StringComparer.Ordinal);
            layers.Add(distance.Where(d => d.Value == depth).Select(d => d.Key)
                .OrderBy(id => neighbours[id].Where(below.ContainsKey).Select(n => (double)below[n]).DefaultIfEmpty(0).Average())
                .ThenBy(id => id, StringComparer.Ordinal)
                .ToList());
        }
        return layers;
    }

    private static string Farthest(string from, Dictionary<string, SortedSet<string>> neighbours) =>
        Distances(from, neighbours).OrderByDescending(d => d.Value).ThenBy(d => d.Key, StringComparer.Ordinal).First().Key;

    private static Dictionary<string, int> Distances(string from, Dictionary<string, SortedSet<string>> neighbours)
    {
        var distance = new Dictionary<string, int>(StringComparer.Ordinal) { [from] = 0 };
        var queue = new Queue<string>([from]);
        while (queue.TryDequeue(out var id))
            foreach (var next in neighbours[id].Where(n => !distance.ContainsKey(n)))
            {
                distance[next] = distance[id] + 1;
                queue.Enqueue(next);
            }
        return distance;
    }

    /// <summary>Breaks a title into at most two lines of <paramref name="max"/> characters; the rest ends in "…".</summary>
    internal static IReadOnlyList<string> Wrap(string title, int max)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in title.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length == 0) line = word;
            else if (line.Length + 1 + word.Length <= max) line += " " + word;
            else
            {
                lines.Add(line);
                line = word;
            }
        }
        lines.Add(line);
        lines = lines.Select(l => l.Length > max ? Cut(l, max - 1) + "…" : l).ToList();
        if (lines.Count > 2)
            lines = [lines[0], (lines[1].Length + 1 > max ? Cut(lines[1], max - 1) : lines[1]) + "…"];
        return lines;
    }

    // The longest start of the text within `max` characters that does not split a character (surrogate pairs, accents).
    private static string Cut(string text, int max)
    {
        var length = 0;
        var elements = System.Globalization.StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext() && length + elements.GetTextElement().Length <= max) length += elements.GetTextElement().Length;
        return text[..length];
    }
}
