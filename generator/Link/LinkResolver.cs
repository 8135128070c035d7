using System.Collections.Concurrent;
using Markdig;
using Markdig.Syntax;
using Trackside.Diagnostics;
using SourceSpan = Trackside.Diagnostics.SourceSpan;
using Trackside.Link.Markdown;
using Trackside.Model;

namespace Trackside.Link;

/// <summary>Stage 3: parses all Markdown, checks every id and link, and derives the back-links.</summary>
public static class LinkResolver
{
    /// <summary>
    /// Reports each link or id that does not resolve (with the nearest existing id), unsafe or unknown
    /// URL schemes, missing images and missing alt text. Links to files that failed to load are not
    /// reported again: that file's own error is the root cause.
    /// </summary>
    /// <param name="readItem">
    /// In a one-shot build (no caches), given each item with its parsed texts while the check holds them (from many threads),
    /// for what else reads them: that build keeps no parsed Markdown.
    /// </param>
    public static SiteGraph Resolve(ContentSet content, MarkdownPipeline pipeline, DiagnosticBag diagnostics, MarkdownCache? cache = null,
        LinkCache? links = null, Action<Item, Func<MarkdownSource, MarkdownDocument>>? readItem = null)
    {
        if (cache is null && links is null) return ResolveOnce(content, pipeline, diagnostics, readItem);
        var changes = links?.Begin(content);
        var documents = Parse(content, changes, pipeline, diagnostics, cache);
        var targets = new LinkTargets(content, diagnostics);
        var found = new List<(Item Item, ItemLinks Links)>();
        var toCheck = links?.ToCheck;

        foreach (var item in toCheck ?? content.AllItems)
        {
            var itemLinks = links?.Find(item, targets);
            if (itemLinks is null)
            {
                var own = new DiagnosticBag();
                itemLinks = CheckItem(item, targets, text => documents[text], own, recordLookups: links is not null);
                diagnostics.AddRange(own.All());
                if (own.All().Count == 0) links?.Keep(item, itemLinks);
                else links?.Unkept(item);
            }
            else
            {
                targets.AddAnchors(itemLinks.Anchors);
                links!.Keep(item, itemLinks);
            }
            found.Add((item, itemLinks));
        }
        CheckSiteLinks(content.Site, targets, text => documents[text], diagnostics);

        var backLinks = (toCheck is null ? links?.BackLinks?.Update(found) : links!.BackLinks!.Patch(found)) ?? BackLinks.Of(found);
        var graph = new SiteGraph(content, pipeline, text => documents[text], backLinks.LinkedFrom, backLinks.CitedBy) { BackLinks = backLinks, Changes = changes };
        if (toCheck is not null) targets.AddAnchors(links!.AnchorsToCheckAgain(backLinks, targets.Anchors));
        var failedAnchors = targets.CheckAnchors(graph, links is null ? null : links.Sections);
        links?.End(backLinks, failedAnchors);
        return graph;
    }

    /// <summary>
    /// Links for a one-shot build, which keeps no parsed Markdown: each item's texts are parsed while the item is
    /// checked (items in parallel), are handed to <paramref name="readItem"/> (the search documents are made there) and
    /// die young, and the graph parses a text again where its page needs it. Carrying every document (some 60 MB at
    /// 10,000 exercises) from here to its page cost about as much CPU in garbage collection as parsing again does, and
    /// raised the peak memory by some 80 MB.
    /// </summary>
    private static SiteGraph ResolveOnce(ContentSet content, MarkdownPipeline pipeline, DiagnosticBag diagnostics,
        Action<Item, Func<MarkdownSource, MarkdownDocument>>? readItem)
    {
        var items = content.AllItems.ToList();
        var checks = new (ItemLinks Links, DiagnosticBag Diagnostics)[items.Count];
        // An explanation's headings are sections that anchor links can name, checked once every link is read.
        var headings = new ConcurrentDictionary<MarkdownSource, IReadOnlyList<string>>(ReferenceEqualityComparer.Instance);
        Parallel.For(0, items.Count, i =>
        {
            var item = items[i];
            var parsed = new List<(MarkdownSource Text, MarkdownDocument Document)>();
            MarkdownDocument Parse(MarkdownSource text)
            {
                var document = ParseOrNothing(text, pipeline, diagnostics);
                if (item is Explanation x && ReferenceEquals(text, x.Body)) headings[text] = SectionAnchors.HeadingIds(document);
                parsed.Add((text, document));
                return document;
            }
            // Targets of its own, as their list of anchor links is not safe to share between threads; they join the site's below.
            var own = new DiagnosticBag();
            checks[i] = (CheckItem(item, new LinkTargets(content, own), Parse, own, recordLookups: false), own);
            readItem?.Invoke(item, text => parsed.Find(p => ReferenceEquals(p.Text, text)).Document ?? ParseOrNothing(text, pipeline, null));
        });
        var targets = new LinkTargets(content, diagnostics);
        var found = new List<(Item Item, ItemLinks Links)>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            diagnostics.AddRange(checks[i].Diagnostics.All());
            targets.AddAnchors(checks[i].Links.Anchors);
            found.Add((items[i], checks[i].Links));
        }
        CheckSiteLinks(content.Site, targets, text => ParseOrNothing(text, pipeline, diagnostics), diagnostics);

        var backLinks = BackLinks.Of(found);
        var showing = MarkdownSetup.CreateShowingPipeline();
        var graph = new SiteGraph(content, pipeline, new ParsedAgain(text => ParseOrNothing(text, showing, null)).Document, backLinks.LinkedFrom, backLinks.CitedBy)
            { BackLinks = backLinks };
        targets.CheckAnchors(graph, (item, site) => SectionAnchors.For(item, site, text => headings[text]).ToList());
        return graph;
    }

    /// <param name="recordLookups">Whether to note every lookup, for a cache to tell later whether the results still hold.</param>
    private static ItemLinks CheckItem(Item item, LinkTargets site, Func<MarkdownSource, MarkdownDocument> document, DiagnosticBag diagnostics,
        bool recordLookups)
    {
        var lookups = recordLookups ? new List<TargetLookup>() : null;
        var anchors = new List<AnchorLink>();
        var targets = site.ForItem(diagnostics, lookups, anchors);
        var edges = new List<(ContentKind, string)>();
        var citations = new List<string>();
        foreach (var reference in item.References)
        {
            if (reference.Kind == item.Kind && reference.Id == item.Id)
                diagnostics.Error(Codes.SelfLink, reference.Span, $"the {item.Kind.Noun()} `{item.Id}` names itself here");
            else if (targets.Check(reference.Kind, reference.Id, null, reference.Span))
                edges.Add((reference.Kind, reference.Id));
        }
        foreach (var cite in item.Cites)
        {
            if (targets.CheckClaim(cite.SourceId, cite.ClaimId, cite.Span))
                citations.Add(cite.Key);
        }
        foreach (var markdown in item.MarkdownTexts)
        {
            foreach (var link in new MarkdownLinkChecker(targets, diagnostics).Check(markdown, document(markdown)))
            {
                if (link.ClaimId is not null) citations.Add($"{link.Id}/{link.ClaimId}");
                if (link.Kind != item.Kind || link.Id != item.Id) edges.Add((link.Kind, link.Id));
            }
        }
        if (item is Exercise exercise)
            foreach (var image in exercise.Images) targets.CheckAsset(image.Src, image.SrcSpan);
        return new ItemLinks(edges, citations, anchors, (IReadOnlyList<TargetLookup>?)lookups ?? []);
    }

    /// <param name="changes">The items changed since the cache's last build, when known: only their texts (and the site's) are looked at.</param>
    private static IReadOnlyDictionary<MarkdownSource, MarkdownDocument> Parse(ContentSet content, ContentChanges? changes, MarkdownPipeline pipeline,
        DiagnosticBag diagnostics, MarkdownCache? cache)
    {
        var kept = changes is null ? null : cache?.WithoutChanged(changes);
        var texts = (kept is null ? content.AllItems : changes!.Items.Select(i => i.Now).OfType<Item>())
            .SelectMany(i => i.MarkdownTexts)
            .Concat(MarkdownCache.Disclaimer(content))
            .ToList();
        var parsed = kept ?? new Dictionary<MarkdownSource, MarkdownDocument>(texts.Count, ReferenceEqualityComparer.Instance);
        var missing = new List<MarkdownSource>();
        foreach (var text in texts)
        {
            if (cache?.Find(text) is { } cached) parsed[text] = cached;
            else missing.Add(text);
        }
        var made = new MarkdownDocument?[missing.Count];
        Parallel.For(0, missing.Count, i => made[i] = ParseOne(missing[i], pipeline, diagnostics));
        for (var i = 0; i < missing.Count; i++)
            if (made[i] is { } document) parsed[missing[i]] = document;
        // A text too deeply nested to parse is not kept, so it is reported on every build; it shows as nothing.
        var failed = missing.Where(t => !parsed.ContainsKey(t)).ToList();
        cache?.Replace(content, failed.Count == 0 ? parsed : new Dictionary<MarkdownSource, MarkdownDocument>(parsed, ReferenceEqualityComparer.Instance), failed.Count == 0);
        foreach (var text in failed) parsed[text] = new MarkdownDocument();
        return parsed;
    }

    // A text that does not parse shows as nothing; it is reported when given diagnostics (once, by the link stage).
    private static MarkdownDocument ParseOrNothing(MarkdownSource text, MarkdownPipeline pipeline, DiagnosticBag? diagnostics) =>
        ParseOne(text, pipeline, diagnostics) ?? new MarkdownDocument();

    // Markdig refuses absurd nesting (thousands of '>' or '[') with an ArgumentException rather
    // than overflowing the stack: that is a content problem, reported at the text's start.
    private static MarkdownDocument? ParseOne(MarkdownSource text, MarkdownPipeline pipeline, DiagnosticBag? diagnostics)
    {
        try
        {
            return Markdig.Markdown.Parse(text.Text, pipeline);
        }
        catch (ArgumentException)
        {
            diagnostics?.Error(Codes.TooDeep, new SourceSpan(text.Path, text.Origin.Line, text.Origin.Column),
                "this Markdown is nested too deeply (quotes, lists or brackets inside each other) to be read",
                "simplify the nesting; no page needs more than a few levels");
            return null;
        }
    }

    private static void CheckSiteLinks(SiteSettings site, LinkTargets targets, Func<MarkdownSource, MarkdownDocument> document, DiagnosticBag diagnostics)
    {
        foreach (var nav in site.Nav)
        {
            var text = nav.Link.Text.Trim();
            var span = new SourceSpan(nav.Link.Path, nav.Link.Origin.Line, nav.Link.Origin.Column, text.Length);
            if (ItemLink.TryParse(text) is { } link)
                targets.Check(link.Kind, link.Id, link, span);
            else if (ItemLink.SchemeOf(text) is not null)
                new MarkdownLinkChecker(targets, diagnostics).CheckUrl(text, span);
            else if (!SiteSections.Titles.ContainsKey(text))
                diagnostics.Error(Codes.UnknownScheme, span, $"a navigation link must be a section, an item link or a web address, not `{text}`",
                    Suggest.DidYouMean(text, SiteSections.Titles.Keys) ?? $"use a section ({string.Join(", ", SiteSections.Titles.Keys)}) or e.g. `progression:return-to-running`");
        }
        if (site.Disclaimer is not null)
            new MarkdownLinkChecker(targets, diagnostics).Check(site.Disclaimer, document(site.Disclaimer));
    }
}
