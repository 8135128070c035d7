using Trackside.Model;

namespace Trackside.Link;

/// <summary>
/// The anchor links (<c>exercise:ID#dose</c>) of the items a session keeps, by the page they point at.
/// Whether a page has a section depends only on its item and its back-links, so after an edit that
/// keeps every target, a kept link needs checking again only when its target's item or back-links
/// changed, or when it failed last time; any other stands as it was.
/// </summary>
internal sealed class AnchorIndex
{
    private readonly Dictionary<(ContentKind, string), List<AnchorLink>> _byTarget = new();

    // The links of the last check that did not resolve.
    private IReadOnlyList<AnchorLink> _failed = [];

    public void Clear()
    {
        _byTarget.Clear();
        _failed = [];
    }

    public void Add(IReadOnlyList<AnchorLink> anchors)
    {
        foreach (var anchor in anchors)
        {
            if (!_byTarget.TryGetValue((anchor.Kind, anchor.Id), out var links)) _byTarget[(anchor.Kind, anchor.Id)] = links = [];
            links.Add(anchor);
        }
    }

    public void Remove(IReadOnlyList<AnchorLink> anchors)
    {
        foreach (var anchor in anchors)
        {
            if (!_byTarget.TryGetValue((anchor.Kind, anchor.Id), out var links)) continue;
            links.RemoveAll(link => ReferenceEquals(link, anchor));
            if (links.Count == 0) _byTarget.Remove((anchor.Kind, anchor.Id));
        }
    }

    /// <summary>Notes the links that did not resolve, to be checked again next time.</summary>
    public void Failed(IReadOnlyList<AnchorLink> failed) => _failed = failed;

    /// <summary>
    /// The kept links to check again when the items or back-links of <paramref name="changed"/> changed,
    /// other than <paramref name="checkedNow"/> (the links of the items checked in this build).
    /// </summary>
    public IReadOnlyList<AnchorLink> ToCheckAgain(IEnumerable<(ContentKind, string)> changed, IReadOnlyCollection<AnchorLink> checkedNow)
    {
        var now = new HashSet<AnchorLink>(checkedNow, ReferenceEqualityComparer.Instance);
        return changed.SelectMany(target => _byTarget.GetValueOrDefault(target) ?? [])
            .Concat(_failed.Where(IsKept))
            .Where(link => now.Add(link))
            .ToList();
    }

    private bool IsKept(AnchorLink anchor) =>
        _byTarget.TryGetValue((anchor.Kind, anchor.Id), out var links) && links.Exists(link => ReferenceEquals(link, anchor));
}
