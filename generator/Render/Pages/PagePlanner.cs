using Trackside.Link;
using Trackside.Model;

namespace Trackside.Render.Pages;

/// <summary>
/// Plans every page of a site: item pages, home and index lists, the "all" lists of items, and the
/// not-found page. A session (<c>serve</c>) keeps one planner, which keeps the plans of its last build:
/// a page whose inputs are the same objects as then keeps its plan object, so a one-file edit plans only
/// the pages of items whose file, named items or back-link lists changed, and the index lists that an
/// edited item's entry leaves, enters or changes in.
/// </summary>
public sealed class PagePlanner
{
    private CurrentGraph? _site;
    private ContentSet? _content;
    private BackLinks? _backLinks;
    private Dictionary<(ContentKind, string), ItemPlans> _items = new();
    private Dictionary<string, IndexPages.PagedList> _lists = new(StringComparer.Ordinal);
    private readonly ExerciseOrder _exercises = new();
    private IReadOnlyList<TagGroup>? _tags; // the tags of the content planned last, when known; made when a list is planned

    // An item's page and its "all" list pages (if it has them), with the back-link lists they were planned from. A struct,
    // held in the dictionary's own entries: every build lists the page plans of ten thousand items again.
    private readonly record struct ItemPlans(Item Item, IReadOnlyList<IReadOnlyList<Item>> BackLinks, PagePlan Page, IndexPages.PagedList? All)
    {
        public IEnumerable<PagePlan> Pages => (All?.Pages ?? []).Prepend(Page);
    }

    private IReadOnlyList<PagePlan> _plans = [];
    private PagePlan? _home;
    private PagePlan? _notFound;
    private List<PagePlan> _fresh = new();
    private List<string> _gone = new();
    private List<string> _added = new();

    /// <summary>What the last <see cref="Plan"/> changed: the plans it made anew and the pages the site no longer has.</summary>
    public PlanChanges? Changes { get; private set; }

    public IReadOnlyList<PagePlan> Plan(SiteGraph graph)
    {
        (_fresh, _gone, _added) = (new List<PagePlan>(), new List<string>(), new List<string>());
        var site = _site ??= new CurrentGraph(graph);
        site.Graph = graph;
        var content = graph.Content;
        // The link stage tells what changed since the graph planned last; after a build that stopped before
        // planning (an error) it tells only what changed since that build, and every item is compared instead.
        var changes = _content is not null && graph.BackLinks?.Changes is { } told && ReferenceEquals(told.From, _backLinks) ? told : null;

        if (changes is null || !changes.Items.All(key => TagsSame(Known(key)?.Item, content.Find(key.Kind, key.Id)))) _tags = null;
        // Before the items are planned: it compares the items planned last time with the content's.
        var changedLists = ChangedLists(content, _content is null ? null : changes?.Items ?? _items.Keys.Concat(content.AllItems.Select(i => (i.Kind, i.Id))));
        var items = changes is null ? PlanItems(site) : PlanItems(site, changes);
        _exercises.Follow(content.Exercises, changes?.Items.Where(key => key.Kind == ContentKind.Exercise).Select(key => key.Id).ToList());
        var onlyExercises = changes?.Items.All(key => key.Kind == ContentKind.Exercise) == true;
        var lists = changedLists is not null && changedLists.All(list => list == SitePaths.Home) ? _lists : PlanLists(site, changedLists, onlyExercises);

        // The home page shows the site settings and lists of every kind; the not-found page only the settings.
        var siteChanged = SiteChanged(_content?.Site, content.Site);
        var home = _home is null || siteChanged || changedLists?.Contains(SitePaths.Home) != false ? IndexPages.Home(site) : _home;
        var notFound = _notFound is null || siteChanged ? NotFoundPage.Plan(graph) : _notFound;
        if (!ReferenceEquals(home, _home)) _fresh.Add(home);
        if (!ReferenceEquals(notFound, _notFound)) _fresh.Add(notFound);
        // In loops, sized once: a one-file edit lists all fourteen thousand plans again.
        var plans = new List<PagePlan>(_plans.Count + 1);
        foreach (var item in items.Values) plans.Add(item.Page);
        plans.Add(home);
        foreach (var list in lists.Values) plans.AddRange(list.Pages);
        foreach (var item in items.Values)
            if (item.All is { } all) plans.AddRange(all.Pages);
        plans.Add(notFound);
        Changes = new PlanChanges(_plans, _fresh, _gone, _added);
        (_items, _lists, _content, _backLinks, _plans, _home, _notFound) = (items, lists, content, graph.BackLinks, plans, home, notFound);
        return plans;
    }

    // Notes plans made anew in place of earlier ones (a plan kept from before is not fresh), the pages of
    // those that the new ones do not have, and the pages of the new ones that those did not have.
    private void Replaced(IEnumerable<PagePlan> before, IReadOnlyCollection<PagePlan> now)
    {
        var kept = before.ToHashSet(ReferenceEqualityComparer.Instance);
        _fresh.AddRange(now.Where(plan => !kept.Contains(plan)));
        _gone.AddRange(before.Select(p => p.Path).Except(now.Select(p => p.Path), StringComparer.Ordinal));
        _added.AddRange(now.Select(p => p.Path).Except(before.Select(p => p.Path), StringComparer.Ordinal));
    }

    // Every item: a plan is kept when the item, the items it names and its back-link lists are the same objects as then.
    private Dictionary<(ContentKind, string), ItemPlans> PlanItems(CurrentGraph site)
    {
        var items = new Dictionary<(ContentKind, string), ItemPlans>(_items.Count);
        foreach (var item in site.Graph.Content.AllItems)
        {
            var key = (item.Kind, item.Id);
            items[key] = Kept(Known(key), item, site.Graph) ?? Plan(item, site, Known(key));
        }
        foreach (var (key, gone) in _items)
            if (!items.ContainsKey(key)) Replaced(gone.Pages, []);
        return items;
    }

    // Only what the changes reach: items added, removed or edited; items whose back-link lists changed; and the
    // items that name an edited item (they show its file), which are on its back-link lists before or after.
    // The plans of the last build are updated in place: a copy of ten thousand would be most of what an edit allocates here.
    private Dictionary<(ContentKind, string), ItemPlans> PlanItems(CurrentGraph site, BackLinkChanges changes)
    {
        var content = site.Graph.Content;
        var reached = new HashSet<(ContentKind Kind, string Id)>(changes.Items.Concat(changes.Targets));
        reached.UnionWith(changes.Claims.Select(claim => (ContentKind.Source, claim[..claim.IndexOf('/')])));
        foreach (var key in changes.Items)
        {
            var lists = (Known(key)?.BackLinks ?? []).Concat(content.Find(key.Kind, key.Id) is { } now ? PageInputs.BackLinkLists(now, site.Graph) : []);
            reached.UnionWith(lists.SelectMany(list => list).Select(i => (i.Kind, i.Id)));
        }

        var items = _items;
        foreach (var key in reached)
        {
            var kept = Known(key);
            if (content.Find(key.Kind, key.Id) is { } item) items[key] = Kept(kept, item, site.Graph) ?? Plan(item, site, kept);
            else if (items.Remove(key, out var gone)) Replaced(gone.Pages, []);
        }
        return items;
    }

    private ItemPlans Plan(Item item, CurrentGraph site, ItemPlans? before)
    {
        var backLinks = PageInputs.BackLinkLists(item, site.Graph);
        // The page keeps its plan while it shows the same (an entry of a long list moved outside the part it shows),
        // and the list page of an item kept whose lists list the same keeps its own.
        var page = ItemPages.For(item, site);
        if (before?.Page is { } was && was.Path == page.Path && was.Inputs.ShowsSame(page.Inputs)) page = was;
        var all = before is { } last && ReferenceEquals(last.Item, item) && ListsSame(backLinks, last.BackLinks)
            ? last.All : ListingPages.Of(item, site, before?.All);
        var plans = new ItemPlans(item, backLinks, page, all);
        Replaced(before?.Pages ?? [], plans.Pages.ToList());
        return plans;
    }

    // Plans the index lists named in changed (all of them when null); the others keep their plans. onlyExercises: no item of
    // another kind changed, so a list of several kinds may take the edits of exercises into its groups too.
    private Dictionary<string, IndexPages.PagedList> PlanLists(CurrentGraph site, HashSet<string>? changed, bool onlyExercises)
    {
        var lists = new Dictionary<string, IndexPages.PagedList>(StringComparer.Ordinal);
        foreach (var list in IndexPages.Lists(site.Graph.Content, () => _exercises.Sorted, _tags ??= TagGroup.Of(site.Graph.Content)))
        {
            var known = _lists.TryGetValue(list.Path, out var kept);
            if (known && changed is not null && !changed.Contains(list.Path)) lists[list.Path] = kept!;
            else
            {
                // A list of exercises planned last time takes the edits of exercises into its groups; the others are made again.
                var patched = changed is not null && kept is not null && list.Place is { } place && (onlyExercises || !list.OtherKindsToo)
                    ? _exercises.Patch(kept.Groups, place) : null;
                lists[list.Path] = IndexPages.List(site, list, patched ?? list.Groups(), kept);
                Replaced(kept?.Pages ?? [], lists[list.Path].Pages);
            }
        }
        foreach (var (path, gone) in _lists)
            if (!lists.ContainsKey(path)) Replaced(gone.Pages, []);
        return lists;
    }

    // Validation makes the settings object anew on every build: its file's hash tells whether they changed,
    // and the base URL, which the build options may set in place of the file's.
    private static bool SiteChanged(SiteSettings? before, SiteSettings now) =>
        before is null || before.Fingerprint != now.Fingerprint || before.BaseUrl != now.BaseUrl;

    // The kept plans of an item whose pages are made from the very same objects as then; null when any differs, and the
    // item is planned again. That keeps the plans whose pages show the same (see Plan): a comment or a dose edited in an
    // item that names a region or a source leaves their pages (and lists of thousands) as they were.
    private static ItemPlans? Kept(ItemPlans? kept, Item item, SiteGraph graph) =>
        kept is { } plans && ReferenceEquals(plans.Item, item)
        && PageInputs.Named(item, graph).SequenceEqual(plans.Page.Inputs.Shown.Skip(1), ReferenceEqualityComparer.Instance)
        && PageInputs.BackLinkLists(item, graph).SequenceEqual(plans.BackLinks, ReferenceEqualityComparer.Instance) ? plans : null;

    // The plans of the last build for an item, if it had any.
    private ItemPlans? Known((ContentKind, string) key) => _items.TryGetValue(key, out var plans) ? plans : null;

    private static bool ListsSame(IReadOnlyList<IReadOnlyList<Item>> now, IReadOnlyList<IReadOnlyList<Item>> before) =>
        now.Count == before.Count && now.Zip(before).All(lists => PageInputs.ListSame(lists.First, lists.Second));

    /// <summary>
    /// The index lists to plan again, among the items of <paramref name="keys"/>: those that showed or show an
    /// item added, removed, or whose entry text or list memberships changed, with the home page's address when
    /// it changes too; null (every list) without keys.
    /// </summary>
    private HashSet<string>? ChangedLists(ContentSet now, IEnumerable<(ContentKind Kind, string Id)>? keys)
    {
        if (keys is null) return null;
        var changed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (kind, id) in keys)
        {
            var old = Known((kind, id))?.Item;
            var item = now.Find(kind, id);
            if (ReferenceEquals(old, item)) continue;
            if (old is not null && item is not null && PageInputs.ListedText(old) == PageInputs.ListedText(item)) continue;
            changed.UnionWith((item is null ? [] : IndexPages.ListsOf(item)).Concat(old is null ? [] : IndexPages.ListsOf(old))
                .Where(list => list != SitePaths.TagIndex || CountsChanged(old, item)));
            if (ShowsOnHome(old) || ShowsOnHome(item) || CountsChanged(old, item)) changed.Add(SitePaths.Home);
        }
        return changed;
    }

    // The tag index and the home page show only counts of exercises and tagged items: of an exercise edited in
    // place they change with its tags and category alone, not with its title or summary.
    private static bool CountsChanged(Item? old, Item? now) =>
        old is null || now is null || !old.Tags.SequenceEqual(now.Tags) || (old as Exercise)?.Category != (now as Exercise)?.Category;

    // An item edited in place with the same tags leaves the tag groups as they were: they hold items by key, in the
    // content's order, which edits in place keep. An item added or removed may change that order.
    private static bool TagsSame(Item? old, Item? now) => old is not null && now is not null && old.Tags.SequenceEqual(now.Tags);

    // The home page lists the first items of every kind but exercises.
    private static bool ShowsOnHome(Item? item) => item is not null and not Exercise;
}

/// <summary>
/// What one planning changed since the plans <paramref name="Since"/>: the plans made anew (every other
/// plan is the very object it was then), the addresses of pages the site no longer has, and of those it did not have.
/// </summary>
public sealed record PlanChanges(IReadOnlyList<PagePlan> Since, IReadOnlyList<PagePlan> Fresh, IReadOnlyList<string> Gone, IReadOnlyList<string> Added)
{
    /// <summary>Whether the site has the pages it had at <paramref name="plans"/>, at the same addresses: these changes are since those plans and add or remove none.</summary>
    public bool SamePagesAs(IReadOnlyList<PagePlan> plans) => ReferenceEquals(Since, plans) && Gone.Count == 0 && Added.Count == 0;
}
