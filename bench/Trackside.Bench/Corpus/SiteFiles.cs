namespace Trackside.Bench.Corpus;

/// <summary>The text of the explanations, regions, sources, site settings and image assets.</summary>
internal sealed class SiteFiles(CorpusPlan plan, Prose prose, ItemLinks links, ItemFiles items)
{
    /// <summary>About 400 words: headings, a bullet and a numbered list, and links of every scheme.</summary>
    public string Explanation(ExplanationPlan explanation)
    {
        var front = new YamlWriter()
            .Field("title", ItemFiles.TitleOf(explanation.Id))
            .Field("summary", prose.Sentence(8, 16))
            .Flow("regions", items.Regions())
            .Flow("tags", prose.Sample(Vocabulary.Tags, prose.Between(1, 3)));
        if (prose.Chance(0.8)) front.Flow("cites", prose.Sample(plan.ClaimRefs, prose.Between(1, 3)));
        if (prose.Chance(0.5)) front.Field("updated", prose.Date());

        var h = explanation.Headings;
        var parts = new List<string>
        {
            items.Paragraph(4, 6, links.Any(except: explanation.Id)),
            "## " + h[0],
            items.Paragraph(4, 6, links.Exercise()),
            string.Join('\n', Enumerable.Range(0, prose.Between(3, 6)).Select(_ => "- " + prose.Sentence(5, 12))),
            "## " + h[1],
            items.Paragraph(4, 6, links.Explanation(except: explanation.Id), links.Region()),
            string.Join('\n', Enumerable.Range(1, prose.Between(3, 5)).Select(i => $"{i}. {prose.Sentence(6, 14)}")),
            "### " + h[2],
            items.Paragraph(3, 5, links.Claim(), links.Exercise(), links.Progression()),
        };
        if (prose.Chance(0.1)) parts.Add($"![{prose.Sentence(4, 8)[..^1]}]({prose.Pick(plan.Assets)})");
        return "---\n" + front + "---\n" + string.Join("\n\n", parts) + "\n";
    }

    public string Region((string Id, string Title, string[] Connects) region)
    {
        var yaml = new YamlWriter()
            .Field("title", region.Title)
            .Field("summary", $"The {region.Title.ToLowerInvariant()} in the kinetic chain and how it takes load.")
            .Flow("connects", region.Connects);
        if (prose.Chance(0.5)) yaml.Flow("cites", prose.Sample(plan.ClaimRefs, prose.Between(1, 2)));
        if (prose.Chance(0.7)) yaml.Literal("body", items.Paragraph(2, 4, links.Exercise()) + "\n\n" + items.Paragraph(1, 3, links.Claim()));
        if (prose.Chance(0.5)) yaml.Field("updated", prose.Date());
        return yaml.ToString();
    }

    public string Source(SourcePlan source)
    {
        var yaml = new YamlWriter()
            .Field("title", prose.Phrase(5, 10))
            .Field("author", $"{Prose.Capitalise(prose.Pick(Vocabulary.Surnames))} {Prose.Capitalise(prose.Pick(Vocabulary.Surnames))}")
            .Field("publisher", prose.Phrase(2, 3))
            .Field("url", $"https://example.org/articles/{source.Id}")
            .Field("published", prose.Date(1995, 2015))
            .Field("updated", prose.Date(2016, 2024))
            .Field("accessed", prose.Date(2024, 2025))
            .Field("summary", prose.Sentence(8, 16));
        return yaml.Block("claims", claims =>
        {
            foreach (var claim in source.Claims)
            {
                claims.Block(claim, c =>
                {
                    c.Field("text", prose.Sentence(12, 28));
                    if (prose.Chance(0.5)) c.Field("section", prose.Phrase(2, 4));
                    if (prose.Chance(0.7)) c.Field("kind", prose.Pick(Vocabulary.ClaimKinds));
                });
            }
        }).ToString();
    }

    public string Settings(int n) => new YamlWriter()
        .Field("title", "Kinetic Chain Academy")
        .Field("description", $"Benchmark corpus with {n} exercises")
        .Field("base_url", "https://example.org/academy/")
        .Field("language", "en")
        .Block("nav", nav => nav
            .Entry(e => e.Field("title", "Start here").Field("link", $"progression:{plan.Progressions[0].Id}"))
            .Entry(e => e.Field("title", "Why it matters").Field("link", $"explanation:{plan.Explanations[0].Id}"))
            .Entry(e => e.Field("title", "The ankle").Field("link", "region:ankle")))
        .Literal("disclaimer", "Education, not medical advice: see a physiotherapist about **any** pain that lasts.")
        .ToString();

    /// <summary>A small diagram, different for each asset name.</summary>
    public static string Svg(int index) =>
        $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 60\"><title>Diagram {index}</title>" +
        $"<rect x=\"5\" y=\"5\" width=\"{20 * index}\" height=\"50\" fill=\"#3a7\"/></svg>\n";
}
