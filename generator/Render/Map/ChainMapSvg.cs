using System.Text;

namespace Trackside.Render.Map;

/// <summary>
/// Draws a <see cref="ChainLayout"/> as inline SVG: no script, no external file. Each region is a link
/// with a <c>&lt;title&gt;</c>; the connections are decorative lines, and the same connections are
/// written out in words in the map's <c>&lt;desc&gt;</c> for screen readers. The current region is
/// marked with <c>aria-current="page"</c>, a thicker border, a second outline and bold text, so it
/// does not rely on colour. Colours come from classes styled in <c>site.css</c> (dark mode included);
/// the presentation attributes are only a fallback. Every text is escaped.
/// </summary>
public static class ChainMapSvg
{
    /// <param name="root">The prefix from the page to the site root ("" or "../").</param>
    /// <param name="currentId">The region whose page this is, or null.</param>
    public static string Render(ChainLayout layout, string root, string? currentId)
    {
        if (layout.Nodes.Count == 0) return "";
        var svg = new StringBuilder();
        var regions = Labels.Count(layout.Nodes.Count, "body region");
        var connections = Labels.Count(layout.Edges.Count, "connection");
        svg.Append($"<svg class=\"chain-map-svg\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {layout.Width} {layout.Height}\" width=\"{layout.Width}\" height=\"{layout.Height}\" role=\"group\">\n");
        svg.Append($"<title>Map of the kinetic chain: {regions}, {connections}</title>\n");
        svg.Append("<desc>");
        svg.Append(layout.Edges.Count == 0
            ? "No region is connected to another yet."
            : string.Join(" ", layout.Edges.Select(e => $"{Html.Escape(e.From.Region.Title)} connects to {Html.Escape(e.To.Region.Title)}.")));
        svg.Append("</desc>\n");

        svg.Append("<g class=\"edges\" aria-hidden=\"true\">\n");
        foreach (var edge in layout.Edges) svg.Append(Edge(edge, layout)).Append('\n');
        svg.Append("</g>\n<g class=\"nodes\">\n");
        foreach (var node in layout.Nodes) svg.Append(Node(node, root, node.Region.Id == currentId)).Append('\n');
        svg.Append("</g>\n</svg>");
        return svg.ToString();
    }

    private static string Edge(MapEdge edge, ChainLayout layout)
    {
        var (a, b) = (edge.From, edge.To);
        var ends = $"data-from=\"{Html.Escape(a.Region.Id)}\" data-to=\"{Html.Escape(b.Region.Id)}\"";
        if (!Crosses(a, b, layout))
            return $"<line class=\"edge\" {ends} x1=\"{a.CentreX}\" y1=\"{a.CentreY}\" x2=\"{b.CentreX}\" y2=\"{b.CentreY}\" stroke=\"#4f5862\" stroke-width=\"2\"/>";
        // A straight line would pass behind another box and look like a connection through it: bend it out to the side.
        var side = a.CentreX + b.CentreX >= layout.Width ? layout.Width + 40 : -40;
        return $"<path class=\"edge edge-bent\" {ends} d=\"M{a.CentreX} {a.CentreY} C{side} {a.CentreY} {side} {b.CentreY} {b.CentreX} {b.CentreY}\" fill=\"none\" stroke=\"#4f5862\" stroke-width=\"2\"/>";
    }

    // Whether the straight line between two boxes passes through a third one.
    private static bool Crosses(MapNode a, MapNode b, ChainLayout layout)
    {
        var others = layout.Nodes.Where(n => n != a && n != b).ToList();
        for (var step = 1; step < 64; step++)
        {
            var t = step / 64.0;
            var x = a.CentreX + (b.CentreX - a.CentreX) * t;
            var y = a.CentreY + (b.CentreY - a.CentreY) * t;
            if (others.Any(n => x >= n.X - 2 && x <= n.X + n.Width + 2 && y >= n.Y - 2 && y <= n.Y + n.Height + 2)) return true;
        }
        return false;
    }

    private static string Node(MapNode node, string root, bool current)
    {
        var title = Html.Escape(node.Region.Title);
        var href = Html.Escape(root + SitePaths.Item(node.Region));
        var text = new StringBuilder();
        var first = node.CentreY + 5 - (node.Lines.Count - 1) * 17 / 2;
        for (var i = 0; i < node.Lines.Count; i++)
            text.Append($"<tspan x=\"{node.CentreX}\" y=\"{first + i * 17}\">{Html.Escape(node.Lines[i])}</tspan>");
        var ring = current
            ? $"<rect class=\"ring\" x=\"{node.X - 5}\" y=\"{node.Y - 5}\" width=\"{node.Width + 10}\" height=\"{node.Height + 10}\" rx=\"15\" fill=\"none\" stroke=\"#0b6e4f\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>"
            : "";
        return $"<a class=\"node{(current ? " current" : "")}\" href=\"{href}\"{(current ? " aria-current=\"page\"" : "")} data-region=\"{Html.Escape(node.Region.Id)}\">"
            + $"<title>{title}</title>{ring}"
            + $"<rect x=\"{node.X}\" y=\"{node.Y}\" width=\"{node.Width}\" height=\"{node.Height}\" rx=\"10\" fill=\"#ffffff\" stroke=\"#0b6e4f\" stroke-width=\"{(current ? 4 : 2)}\"/>"
            + $"<text text-anchor=\"middle\" font-size=\"14\" font-weight=\"{(current ? 700 : 400)}\" fill=\"#1b1f23\">{text}</text></a>";
    }
}
