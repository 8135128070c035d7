using Markdig.Renderers.Html;
using Markdig.Syntax;
using Trackside.Model;

namespace Trackside.Link;

/// <summary>
/// The section ids the built-in templates give an item's page, so <c>exercise:ID#dose</c> can be
/// checked. A section the page leaves out (no dose, no explanation, no back-links) is not a valid anchor.
/// </summary>
internal static class SectionAnchors
{
    /// <param name="headingIds">The heading ids of an explanation's body, when known without parsing it again.</param>
    public static IEnumerable<string> For(Item item, SiteGraph graph, Func<MarkdownSource, IReadOnlyList<string>>? headingIds = null)
    {
        yield return "main";
        if (item.Cites.Count > 0) yield return "sources";
        if (graph.LinkedFrom(item).Count > 0) yield return item is Exercise ? "used-by" : "linked-from";
        switch (item)
        {
            case Exercise e:
                yield return "stop-if";
                yield return "steps";
                if (e.Dose.Lines.Count > 0) yield return "dose";
                if (e.Cues.Count > 0) yield return "cues";
                if (e.Mistakes.Count > 0) yield return "mistakes";
                if (e.Explanation is not null) yield return "why";
                break;
            case Progression p:
                yield return "stages";
                if (p.Prerequisites.Count > 0) yield return "prerequisites";
                for (var i = 1; i <= p.Stages.Count; i++) yield return $"stage-{i}";
                break;
            case Region r:
                if (graph.Neighbours(r).Count > 0) yield return "connections";
                if (graph.Touching(r).Count > 0) yield return "items";
                break;
            case Explanation x:
                foreach (var id in headingIds?.Invoke(x.Body) ?? HeadingIds(graph.Document(x.Body))) yield return id;
                break;
            case Source s:
                yield return "claims";
                foreach (var claim in s.Claims) yield return claim.Id;
                break;
        }
    }

    /// <summary>The ids of a document's headings, which links can name as anchors.</summary>
    public static IReadOnlyList<string> HeadingIds(MarkdownDocument document) =>
        document.Descendants<HeadingBlock>().Select(h => h.GetAttributes().Id).OfType<string>().ToList();
}
