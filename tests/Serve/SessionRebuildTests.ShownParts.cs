namespace Trackside.Tests.Serve;

/// <summary>
/// Edits a session plans in part: an item page shows only the first entries of a long back-link list, and the tag
/// lists are kept while no tag changes. Each must still leave the preview as a clean build writes it.
/// </summary>
public sealed partial class SessionRebuildTests
{
    [Fact]
    public void Titles_that_move_entries_into_out_of_and_beyond_the_shown_part_of_long_back_link_lists_match_a_clean_build()
    {
        AddBulkExercises(60);
        for (var i = 1; i <= 60; i++) Edit(Bulk(i), text => text + "cites: [test-source/progression]\n");
        AssertRebuildEqualsCleanBuild(); // the ankle page shows 24 of its 60 odd exercises, the source page 24 of each claim's

        Edit(Bulk(50), text => text.Replace("title: Bulk drill 050", "title: Aa first drill"));
        AssertRebuildEqualsCleanBuild([Bulk(50)]); // into the shown part of every list: the last one shown drops out
        Assert.Contains("Aa first drill", LinkTexts("regions/ankle.html"));
        Edit(Bulk(50), text => text.Replace("title: Aa first drill", "title: Bulk drill 050"));
        AssertRebuildEqualsCleanBuild([Bulk(50)]); // and out again
        Assert.DoesNotContain("Bulk drill 050", LinkTexts("regions/ankle.html"));

        // Beyond the shown part: the item pages stay as they are, their list pages change.
        var shown = new[] { "regions/ankle.html", "sources/test-source.html", "exercises/calf-raise.html" }.Select(p => Path.Combine(_site.Output, p)).ToList();
        foreach (var page in shown) File.SetLastWriteTimeUtc(page, File.GetLastWriteTimeUtc(page).AddHours(-1));
        var written = shown.Select(File.GetLastWriteTimeUtc).ToList();
        Edit(Bulk(40), text => text.Replace("title: Bulk drill 040", "title: Bulk drill 055 again"));
        AssertRebuildEqualsCleanBuild([Bulk(40)]);
        Assert.Equal(written, shown.Select(File.GetLastWriteTimeUtc).ToList());

        // Ties are ordered by id: one just past the shown part, then one that takes the place of the last shown.
        Edit(Bulk(25), text => text.Replace("title: Bulk drill 025", "title: bulk DRILL 023"));
        AssertRebuildEqualsCleanBuild([Bulk(25)]);
        Edit(Bulk(22), text => text.Replace("title: Bulk drill 022", "title: Bulk drill 023"));
        AssertRebuildEqualsCleanBuild([Bulk(22)]);
        Edit(Bulk(60), text => text.Replace("title: Bulk drill 060", "title: BULK drill 001"));
        AssertRebuildEqualsCleanBuild([Bulk(60)]);
    }

    [Fact]
    public void Tags_added_renamed_respelled_and_removed_match_a_clean_build_and_a_tag_page_goes_with_its_last_item()
    {
        Edit("content/exercises/hill-walk.yaml", text => text.Replace("tags: [ankles]", "tags: [ankles, Hills]"));
        AssertRebuildEqualsCleanBuild(["content/exercises/hill-walk.yaml"]);
        Assert.True(File.Exists(Path.Combine(_site.Output, "tags/hills.html")));

        Edit("content/exercises/hill-walk.yaml", text => text.Replace("tags: [ankles, Hills]", "tags: [ankles, Slopes]"));
        AssertRebuildEqualsCleanBuild(["content/exercises/hill-walk.yaml"]);
        Edit("content/exercises/hill-walk.yaml", text => text.Replace("title: Forefoot hill walk", "title: Forefoot slope walk"));
        AssertRebuildEqualsCleanBuild(["content/exercises/hill-walk.yaml"]); // the tags stay, the entry moves in each tag list

        // An item earlier in the content spells a tag another way: its spelling titles the tag's page.
        Edit("content/exercises/ankle-screen.yaml", text => text + "tags: [STRENGTH]\n");
        AssertRebuildEqualsCleanBuild(["content/exercises/ankle-screen.yaml"]);
        Assert.Contains("STRENGTH", LinkTexts("tags/index.html"));

        Edit("content/exercises/hill-walk.yaml", text => text.Replace("tags: [ankles, Slopes]", "tags: [ankles]"));
        AssertRebuildEqualsCleanBuild(["content/exercises/hill-walk.yaml"]);
        Assert.False(File.Exists(Path.Combine(_site.Output, "tags/slopes.html")));
        Edit("content/exercises/ankle-screen.yaml", text => text.Replace("tags: [STRENGTH]\n", ""));
        AssertRebuildEqualsCleanBuild(["content/exercises/ankle-screen.yaml"]); // its only tag: the item leaves the tag lists
        Assert.DoesNotContain("STRENGTH", LinkTexts("tags/index.html"));
    }

    [Fact]
    public void A_region_that_still_links_to_another_but_no_longer_connects_to_it_leaves_its_neighbours()
    {
        Edit("content/regions/foot.yaml", text => text + "body: The foot carries the [ankle](region:ankle).\n");
        AssertRebuildEqualsCleanBuild(["content/regions/foot.yaml"]);
        Edit("content/regions/foot.yaml", text => text.Replace("connects: [ankle]\n", ""));
        AssertRebuildEqualsCleanBuild(["content/regions/foot.yaml"]);
    }

    private static string Bulk(int number) => $"content/exercises/bulk-{number:D3}.yaml";
}
