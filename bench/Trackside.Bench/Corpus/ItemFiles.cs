namespace Trackside.Bench.Corpus;

/// <summary>The text of one exercise or progression file: every field of the content model is used somewhere.</summary>
internal sealed class ItemFiles(CorpusPlan plan, Prose prose, ItemLinks links)
{
    public string Exercise(string id)
    {
        var yaml = new YamlWriter()
            .Field("title", TitleOf(id))
            .Field("summary", prose.Sentence(10, 22))
            .Field("category", plan.Categories[id])
            .Field("level", prose.Pick(Vocabulary.Levels))
            .Flow("regions", Regions())
            .Flow("tags", prose.Sample(Vocabulary.Tags, prose.Between(1, 3)));
        if (prose.Chance(0.7)) yaml.Flow("equipment", prose.Sample(Vocabulary.Equipment, prose.Between(1, 2)));
        yaml.Block("dose", Dose)
            .List("steps", Enumerable.Range(0, prose.Between(3, 7)).Select(_ => Step(id)).ToList())
            .List("cues", Phrases(2, 4, 3, 6))
            .List("mistakes", Phrases(1, 3, 2, 5))
            .List("stop_if", Phrases(1, 2, 4, 8));
        var (easier, harder) = plan.Chains.GetValueOrDefault(id);
        yaml.Field("regression", easier).Field("progression", harder);
        var why = Paragraph(2, 4, links.Explanation()) + "\n\n" + Paragraph(2, 4, prose.Chance(0.5) ? links.Region() : links.Claim());
        yaml.Literal("explanation", why);
        if (prose.Chance(0.7)) yaml.Flow("cites", prose.Sample(plan.ClaimRefs, prose.Between(1, 2)));
        if (prose.Chance(0.1)) yaml.Block("images", y => y.Entry(Image));
        if (prose.Chance(0.5)) yaml.Field("updated", prose.Date());
        return yaml.ToString();
    }

    public string Progression(string id, int stageCount)
    {
        // Distinct exercises across the stages while the corpus has enough of them.
        var pool = new Queue<string>(prose.Sample(plan.Exercises, stageCount * 3));
        var yaml = new YamlWriter()
            .Field("title", TitleOf(id))
            .Field("summary", prose.Sentence(10, 20))
            .Flow("regions", Regions());
        if (prose.Chance(0.5)) yaml.Flow("tags", prose.Sample(Vocabulary.Tags, prose.Between(1, 2)));
        if (prose.Chance(0.6)) yaml.Flow("prerequisites", prose.Sample(plan.Screens, prose.Between(1, 2)));
        yaml.Block("stages", y =>
        {
            for (var stage = 0; stage < stageCount; stage++) y.Entry(s => Stage(s, pool));
        });
        if (prose.Chance(0.7)) yaml.Flow("cites", prose.Sample(plan.ClaimRefs, prose.Between(1, 2)));
        if (prose.Chance(0.5)) yaml.Field("updated", prose.Date());
        return yaml.ToString();
    }

    /// <summary>"uphill-hop-with-pause-2" gives "Uphill hop with pause".</summary>
    public static string TitleOf(string id)
    {
        var words = id.Split('-').ToList();
        if (words.Count > 1 && words[^1].All(char.IsAsciiDigit) && words[^1] != "5k") words.RemoveAt(words.Count - 1);
        return Prose.Capitalise(string.Join(' ', words));
    }

    public List<string> Regions() => prose.Sample(plan.Regions, prose.Between(1, 3)).Order(StringComparer.Ordinal).ToList();

    public string Paragraph(int low, int high, params string[] linksToPlace)
    {
        var sentences = Enumerable.Range(0, prose.Between(low, high)).Select(_ => prose.Sentence()).ToList();
        foreach (var link in linksToPlace)
        {
            var i = prose.Between(0, sentences.Count - 1);
            sentences[i] = sentences[i][..^1] + (prose.Chance(0.5) ? " see " : " ") + link + ".";
        }
        return string.Join(' ', sentences);
    }

    private void Dose(YamlWriter dose)
    {
        dose.Field("sets", prose.Between(2, 5));
        switch (prose.Between(0, 4))
        {
            case 0: dose.Field("reps", prose.Between(5, 20)); break;
            case 1: dose.Field("reps", $"{prose.Between(5, 12)} each side"); break;
            case 2: dose.Field("distance", $"{prose.Pick([10, 20, 30, 40, 60])} m"); break;
            case 3: dose.Field("hold", $"{prose.Pick([10, 20, 30, 45])} s"); break;
            default: dose.Field("duration", $"{prose.Pick([1, 2, 5, 10])} min"); break;
        }
        if (prose.Chance(0.5)) dose.Field("load", prose.Pick(Vocabulary.Loads));
        if (prose.Chance(0.3)) dose.Field("tempo", prose.Pick(Vocabulary.Tempos));
        if (prose.Chance(0.8)) dose.Field("rest", $"{prose.Pick([30, 60, 90, 120])} s");
        if (prose.Chance(0.7)) dose.Field("frequency", $"{prose.Between(2, 4)} times a week");
        if (prose.Chance(0.2)) dose.Field("notes", prose.Sentence(6, 12));
    }

    private string Step(string id)
    {
        var step = prose.Sentence(6, 16);
        if (prose.Chance(0.15)) step = step[..^1] + " as in " + links.Exercise(except: id) + ".";
        if (prose.Chance(0.1)) step = step[..^1] + ", **" + prose.Word() + "** " + prose.Word() + ".";
        return step;
    }

    private void Image(YamlWriter image)
    {
        image.Field("src", prose.Pick(plan.Assets)).Field("alt", prose.Sentence(5, 10));
        if (prose.Chance(0.5)) image.Field("caption", prose.Phrase(3, 6));
        image.Field("credit", "Drawn for this site").Field("license", prose.Chance(0.5) ? "CC-BY-4.0" : "all rights reserved");
    }

    private void Stage(YamlWriter stage, Queue<string> pool)
    {
        stage.Field("title", prose.Phrase(3, 7));
        if (prose.Chance(0.7)) stage.Field("focus", prose.Phrase(3, 6));
        if (prose.Chance(0.5)) stage.Field("duration", $"{prose.Between(1, 3)}-{prose.Between(4, 6)} weeks");
        if (prose.Chance(0.3)) stage.Literal("notes", Paragraph(1, 3, links.Any()));
        stage.Block("exercises", list =>
        {
            for (var i = prose.Between(1, 3); i > 0; i--)
            {
                var exercise = pool.Count > 0 ? pool.Dequeue() : prose.Pick(plan.Exercises);
                if (prose.Chance(0.1)) list.RawEntry($"{{ exercise: {exercise}, dose: {{ sets: {prose.Between(1, 3)} }} }}");
                else if (prose.Chance(0.15)) list.Entry(e => e.Field("exercise", exercise).Block("dose", d => d.Field("sets", prose.Between(1, 3)).Field("rest", "2 min")));
                else list.RawEntry(exercise);
            }
        });
        stage.List("advance_when", Enumerable.Range(0, prose.Between(1, 2)).Select(_ => prose.Sentence(6, 14)).ToList());
        if (prose.Chance(0.3)) stage.List("stop_if", Phrases(1, 2, 3, 6));
    }

    private List<string> Phrases(int low, int high, int wordsLow, int wordsHigh) =>
        Enumerable.Range(0, prose.Between(low, high)).Select(_ => prose.Phrase(wordsLow, wordsHigh)).ToList();
}
