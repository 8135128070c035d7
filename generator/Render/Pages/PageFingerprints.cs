using System.Collections.Concurrent;
using Trackside.Diagnostics;

namespace Trackside.Render.Pages;

/// <summary>
/// The input fingerprint of each page, kept between the builds of a session (<c>serve</c>): a page
/// whose inputs are the same item objects and the same site-wide inputs as last time keeps its
/// fingerprint without hashing, so a one-file edit hashes only the pages that show that file.
/// </summary>
public sealed class PageFingerprints
{
    private readonly ConcurrentDictionary<string, (PageInputs Inputs, string Shared, string Fingerprint)> _known = new(StringComparer.Ordinal);

    /// <param name="shared">Inputs beyond the page's own: the layout's (site settings, templates) and the chain map's.</param>
    public string Of(PagePlan plan, string shared)
    {
        if (_known.TryGetValue(plan.Path, out var known) && known.Shared == shared && (ReferenceEquals(known.Inputs, plan.Inputs) || known.Inputs.SameAs(plan.Inputs)))
            return known.Fingerprint;
        var fingerprint = Fingerprint.Of([Fingerprint.Of(plan.Inputs.Parts()), shared]);
        _known[plan.Path] = (plan.Inputs, shared, fingerprint);
        return fingerprint;
    }

    /// <summary>Forgets pages the site no longer has.</summary>
    public void KeepOnly(IReadOnlyCollection<string> paths)
    {
        var keep = paths.ToHashSet(StringComparer.Ordinal);
        foreach (var path in _known.Keys.Where(p => !keep.Contains(p))) _known.TryRemove(path, out _);
    }
}
