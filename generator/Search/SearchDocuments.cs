using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Trackside.Link;
using Trackside.Link.Markdown;
using Trackside.Model;
using Trackside.Render;
using Trackside.Render.Extras;

namespace Trackside.Search;

/// <summary>
/// Collects the searchable text of every item of the site graph, in a fixed order. A build session keeps
/// one collector, which keeps each item's documents (with their terms) for as long as the item object
/// lives: an unchanged file keeps its item object between the builds of a session. After an edit that
/// keeps every id (and every region title), only the edited items' documents are made and put in place,
/// without a walk over the others.
/// </summary>
/// <param name="early">Documents a one-shot build made while linking, taken by the first collection in place of making them.</param>
public sealed class SearchDocuments(EarlySearchDocuments? early = null)
{
    // The documents of the last collection by item, and the region titles they were made with: region
    // titles are the only thing an item's documents show that is not in its own file.
    private Dictionary<Item, SearchDocument[]> _kept = new(ReferenceEqualityComparer.Instance);
    private IReadOnlyDictionary<string, string> _regionTitles = new Dictionary<string, string>();
    private readonly ItemOrder _itemOrder = new();
    private readonly TermPool _pool = new();

    // The content of the last collection, its documents in order, and where each item's first document is among them.
    private ContentSet? _content;
    private SearchDocument[] _documents = [];
    private Dictionary<(ContentKind, string), int> _places = new();

    /// <summary>The documents of <paramref name="graph"/>, all made afresh.</summary>
    public static IReadOnlyList<SearchDocument> From(SiteGraph graph) => new SearchDocuments().Collect(graph);

    /// <summary>Progressions, exercises, explanations, regions, then each source followed by its claims; by id within a kind.</summary>
    public IReadOnlyList<SearchDocument> Collect(SiteGraph graph) => Patch(graph) ?? CollectAll(graph);

    // The last collection with the documents of the items changed since; null when an item came or went, a
    // region's title changed (it shows in other items' documents) or a source's claims came or went (places move).
    private SearchDocument[]? Patch(SiteGraph graph)
    {
        if (_content is null) return null;
        var changes = graph.ChangesSince(_content);
        if (!changes.SameIds || changes.Items.Any(c => c.Now is Region region && region.Title != c.Then!.Title)) return null;
        var remade = changes.Items.Select(c => (Then: c.Then!, Now: c.Now!, Documents: Make(graph.Content, c.Now!, graph.Document, _pool))).ToList();
        if (remade.Any(r => r.Documents.Length != _kept[r.Then].Length)) return null;

        var documents = (SearchDocument[])_documents.Clone();
        foreach (var (then, now, made) in remade)
        {
            made.CopyTo(documents, _places[(now.Kind, now.Id)]);
            _kept.Remove(then);
            _kept[now] = made;
        }
        (_content, _documents) = (graph.Content, documents);
        return documents;
    }

    private SearchDocument[] CollectAll(SiteGraph graph)
    {
        var content = graph.Content;
        var items = _itemOrder.Of(content).ToArray();
        var regionTitles = content.Regions.ToDictionary(r => r.Key, r => r.Value.Title, StringComparer.Ordinal);
        var renamed = regionTitles.Keys.Concat(_regionTitles.Keys)
            .Where(id => regionTitles.GetValueOrDefault(id) != _regionTitles.GetValueOrDefault(id))
            .ToHashSet(StringComparer.Ordinal);

        var made = new SearchDocument[items.Length][];
        var missing = new List<int>();
        for (var i = 0; i < items.Length; i++)
        {
            if (_kept.TryGetValue(items[i], out var kept) && (renamed.Count == 0 || !items[i].Regions.Any(r => renamed.Contains(r.Id)))) made[i] = kept;
            else missing.Add(i);
        }
        var madeEarly = early?.Take();
        Parallel.ForEach(missing, i => made[i] = madeEarly?.GetValueOrDefault(items[i]) ?? Make(content, items[i], graph.Document, _pool));

        _kept = new Dictionary<Item, SearchDocument[]>(items.Zip(made, KeyValuePair.Create), ReferenceEqualityComparer.Instance);
        _regionTitles = regionTitles;
        _places = new(items.Length);
        for (int i = 0, place = 0; i < items.Length; place += made[i].Length, i++) _places[(items[i].Kind, items[i].Id)] = place;
        (_content, _documents) = (content, made.SelectMany(d => d).ToArray());
        return _documents;
    }

    /// <summary>The documents of one item of <paramref name="content"/>, with their terms, reading its Markdown as <paramref name="parsed"/> gives it.</summary>
    internal static SearchDocument[] Make(ContentSet content, Item item, Func<MarkdownSource, MarkdownDocument> parsed, TermPool pool)
    {
        SearchDocument[] documents = item is Source source
            ? [Document(content, parsed, source), .. source.Claims.Select(claim => Claim(source, claim))]
            : [Document(content, parsed, item)];
        foreach (var document in documents) document.MakeTerms(pool); // made here, in parallel, and kept with the documents
        return documents;
    }

    private static string RegionTitle(ContentSet content, ItemRef region) => content.Regions.GetValueOrDefault(region.Id)?.Title ?? region.Id;

    private static SearchDocument Document(ContentSet content, Func<MarkdownSource, MarkdownDocument> parsed, Item item)
    {
        var doc = new SearchDocument(Kind(item.Kind), SitePaths.Item(item), item.Title)
            .Add(SearchField.Title, item.Title)
            .Add(SearchField.Keywords, item.Tags)
            .Add(SearchField.Keywords, item.Regions.Select(r => RegionTitle(content, r)))
            .Add(SearchField.Lead, item.Summary);
        switch (item)
        {
            case Exercise e:
                doc.Add(SearchField.Keywords, Labels.Category(e.Category)).Add(SearchField.Keywords, e.Category)
                    .Add(SearchField.Keywords, e.Level).Add(SearchField.Keywords, e.Equipment);
                foreach (var step in e.Steps) AddMarkdown(parsed, doc, step);
                doc.Add(SearchField.Body, e.Cues).Add(SearchField.Body, e.Mistakes).Add(SearchField.Body, e.StopIf);
                AddMarkdown(parsed, doc, e.Explanation);
                foreach (var image in e.Images) doc.Add(SearchField.Body, image.Alt).Add(SearchField.Body, image.Caption);
                break;
            case Progression p:
                foreach (var stage in p.Stages)
                {
                    doc.Add(SearchField.Lead, stage.Title).Add(SearchField.Lead, stage.Focus);
                    AddMarkdown(parsed, doc, stage.Notes);
                    doc.Add(SearchField.Body, stage.AdvanceWhen).Add(SearchField.Body, stage.StopIf)
                        .Add(SearchField.Body, stage.Exercises.Select(x => x.Notes).OfType<string>());
                }
                break;
            case Explanation x:
                AddMarkdown(parsed, doc, x.Body);
                break;
            case Region r:
                AddMarkdown(parsed, doc, r.Body);
                break;
            case Source s:
                doc.Add(SearchField.Keywords, s.Author).Add(SearchField.Keywords, s.Publisher);
                // A source has no body to start a line from: without a summary, who wrote and published it tells one from another.
                return doc.WithSnippet(string.IsNullOrWhiteSpace(s.Summary) ? Byline(s) : s.Summary);
        }
        return doc.WithSnippet(item.Summary);
    }

    private static string Byline(Source source) =>
        string.Join(", ", new[] { source.Author, source.Publisher }.Where(text => !string.IsNullOrWhiteSpace(text)));

    private static SearchDocument Claim(Source source, Claim claim) =>
        new SearchDocument(SearchKind.Claim, SitePaths.Item(source) + "#" + claim.Id, SearchDocument.Shorten(claim.Text, 120))
            .Add(SearchField.Lead, claim.Text)
            .Add(SearchField.Keywords, source.Title)
            .Add(SearchField.Keywords, claim.Section)
            .WithSnippet("From “" + source.Title + "”" + (string.IsNullOrWhiteSpace(claim.Section) ? "" : ", " + claim.Section));

    /// <summary>The words of Markdown as a reader sees them: headings into the lead, all other text into the body.</summary>
    private static void AddMarkdown(Func<MarkdownSource, MarkdownDocument> parsed, SearchDocument doc, MarkdownSource? markdown)
    {
        if (markdown is null) return;
        MarkdownWalk.Leaves(parsed(markdown), doc, static (doc, block) =>
        {
            if (block.Inline is null) return;
            var text = doc.Text(block is HeadingBlock ? SearchField.Lead : SearchField.Body);
            MarkdownWalk.Inlines(block.Inline, text, static (text, inline) =>
            {
                switch (inline)
                {
                    case LiteralInline literal: text.Append(literal.Content.AsSpan()); break;
                    case CodeInline code: text.Append(' ').Append(code.Content).Append(' '); break;
                    case LineBreakInline: text.Append(' '); break;
                }
            });
            text.Append('\n');
        });
    }

    private static SearchKind Kind(ContentKind kind) => kind switch
    {
        ContentKind.Progression => SearchKind.Progression,
        ContentKind.Exercise => SearchKind.Exercise,
        ContentKind.Explanation => SearchKind.Explanation,
        ContentKind.Region => SearchKind.Region,
        _ => SearchKind.Source,
    };
}
