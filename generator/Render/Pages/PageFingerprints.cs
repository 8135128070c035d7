using System.Collections.Concurrent;
using Trackside.Diagnostics;

namespace Trackside.Render.Pages;

/// <summary>
/// The input fingerprint of each page, kept between the builds of a session (<c>serve</c>): a page
/// whose inputs are the same item objects and the same site-wide inputs as last time keeps its
/// fingerprint without hashing, so a one-file edit hashes only the pages that show that file. Told
/// which plans the planner made anew, and with the same site-wide inputs, it looks at only those.
/// </summary>
public sealed class PageFingerprints
{
    private readonly ConcurrentDictionary<string, (PageInputs Inputs, string Shared, string Fingerprint)> _known = new(StringComparer.Ordinal);

    // The plans of the last call of All, the site-wide inputs then, and the fingerprints it gave.
    private (IReadOnlyList<PagePlan> Plans, string Shared, Dictionary<string, string> Pages)? _last;

    /// <param name="shared">Inputs beyond the page's own: the layout's (site settings, templates) and the chain map's.</param>
    public string Of(PagePlan plan, string shared)
    {
        if (_known.TryGetValue(plan.Path, out var known) && known.Shared == shared && (ReferenceEquals(known.Inputs, plan.Inputs) || known.Inputs.SameAs(plan.Inputs)))
            return known.Fingerprint;
        var fingerprint = Fingerprint.Of([Fingerprint.Of(plan.Inputs.Parts()), shared]);
        _known[plan.Path] = (plan.Inputs, shared, fingerprint);
        return fingerprint;
    }

    /// <summary>
    /// The fingerprint of every page of <paramref name="plans"/>, and the plans whose fingerprint is not
    /// the one in <paramref name="previous"/> (the published site's), which are to be rendered.
    /// </summary>
    /// <param name="changes">What the planner changed since the plans of the last call; null when not known.</param>
    /// <param name="sharedOf">The site-wide inputs of a page, all made from <paramref name="shared"/>.</param>
    public (IReadOnlyDictionary<string, string> Pages, IReadOnlyList<PagePlan> Changed) All(IReadOnlyList<PagePlan> plans, PlanChanges? changes,
        string shared, Func<PagePlan, string> sharedOf, IReadOnlyDictionary<string, string>? previous)
    {
        var last = _last;
        var incremental = changes is not null && last is not null && ReferenceEquals(changes.Since, last.Value.Plans) && last.Value.Shared == shared;
        Dictionary<string, string> pages;
        if (incremental)
        {
            pages = new Dictionary<string, string>(last!.Value.Pages, StringComparer.Ordinal);
            foreach (var path in changes!.Gone)
            {
                pages.Remove(path);
                _known.TryRemove(path, out _);
            }
            foreach (var plan in changes.Fresh) pages[plan.Path] = Of(plan, sharedOf(plan));
        }
        else
        {
            // Hashing the inputs of every page is the longest step before rendering starts: spread over the cores.
            var made = new string[plans.Count];
            Parallel.For(0, plans.Count, i => made[i] = Of(plans[i], sharedOf(plans[i])));
            pages = new Dictionary<string, string>(plans.Count, StringComparer.Ordinal);
            for (var i = 0; i < plans.Count; i++) pages.Add(plans[i].Path, made[i]);
            foreach (var path in _known.Keys.Where(p => !pages.ContainsKey(p))) _known.TryRemove(path, out _);
        }
        _last = (plans, shared, pages);
        // Plans kept from the last call have the fingerprints it gave: when those were published, only fresh ones can differ.
        var candidates = incremental && ReferenceEquals(previous, last!.Value.Pages) ? changes!.Fresh : plans;
        return (pages, candidates.Where(p => previous?.GetValueOrDefault(p.Path) != pages[p.Path]).ToList());
    }
}
