namespace Trackside.Tests.Serve;

/// <summary>
/// Edits whose rebuild reuses what the last one made: the entries of an item's long list pages, the templates while the
/// watcher names none of them. Each must still leave the preview as a clean build writes it.
/// </summary>
public sealed partial class SessionRebuildTests
{
    [Fact]
    public void Long_back_link_lists_take_items_edited_in_place_moved_added_and_removed_as_a_clean_build_lists_them()
    {
        AddBulkExercises(130);
        for (var i = 1; i <= 130; i++) Edit(Bulk(i), text => text + "cites: [test-source/progression]\n");
        AssertRebuildEqualsCleanBuild(); // the ankle's and the source's lists run over two pages
        Assert.True(File.Exists(Path.Combine(_site.Output, "sources/test-source.all.2.html")));

        Edit(Bulk(10), text => text + "# a comment\n");
        AssertRebuildEqualsCleanBuild([Bulk(10)]); // a new object in the same place
        Edit(Bulk(10), text => text.Replace("title: Bulk drill 010", "title: Zz last drill"));
        AssertRebuildEqualsCleanBuild([Bulk(10)]); // from page 1 to the end of page 2
        Edit(Bulk(120), text => text.Replace("title: Bulk drill 120", "title: Aa first drill"));
        AssertRebuildEqualsCleanBuild([Bulk(120)]); // from page 2 to the start of page 1
        Edit(Bulk(10), text => text.Replace("title: Zz last drill", "title: Bulk drill 011"));
        Edit(Bulk(11), text => text.Replace("title: Bulk drill 011", "title: Bulk drill 010"));
        AssertRebuildEqualsCleanBuild([Bulk(10), Bulk(11)]); // two that swap places in one build

        const string added = "content/exercises/aa-added.yaml";
        _site.With(added, "title: Bulk drill 050 too\nsummary: New.\ncategory: strength\nlevel: beginner\nregions: [ankle]\nsteps: [Do it.]\ncites: [test-source/progression]\n");
        AssertRebuildEqualsCleanBuild([added]);
        const string explanation = "content/explanations/more-ankles.md";
        _site.With(explanation, "---\ntitle: More ankles\nsummary: Another kind on the ankle's list.\nregions: [ankle]\ncites: [test-source/progression]\n---\nText.\n");
        AssertRebuildEqualsCleanBuild([explanation]);
        _site.With(added, null);
        AssertRebuildEqualsCleanBuild([added]);
        _site.With(explanation, null);
        AssertRebuildEqualsCleanBuild([explanation]);
    }

    [Fact]
    public void A_tag_list_of_several_kinds_takes_exercise_edits_and_an_edit_of_another_kind_as_a_clean_build_lists_them()
    {
        AddBulkExercises(130);
        const string explanation = "content/explanations/why-ankles.md";
        Edit(explanation, text => text.Replace("tags: [ankles]", "tags: [ankles, bulk]"));
        AssertRebuildEqualsCleanBuild(); // tags/bulk.html lists an explanation and 130 exercises over two pages

        Edit(Bulk(5), text => text.Replace("title: Bulk drill 005", "title: Zz last drill"));
        AssertRebuildEqualsCleanBuild([Bulk(5)]);
        Edit(Bulk(6), text => text.Replace("tags: [bulk]", "tags: [Bulk, other]"));
        AssertRebuildEqualsCleanBuild([Bulk(6)]); // the same tag spelt another way, and a new one
        Edit(Bulk(7), text => text.Replace("title: Bulk drill 007", "title: Aa first drill"));
        Edit(explanation, text => text.Replace("title: Why ankles matter", "title: Zz why ankles"));
        AssertRebuildEqualsCleanBuild([Bulk(7), explanation]); // with an item of another kind: the list is made again
        Edit(Bulk(8), text => text.Replace("tags: [bulk]", "tags: [other]"));
        AssertRebuildEqualsCleanBuild([Bulk(8)]); // out of the list
        Edit(Bulk(8), text => text.Replace("tags: [other]", "tags: [bulk]").Replace("title: Bulk drill 008", "title: Bulk drill 100 again"));
        AssertRebuildEqualsCleanBuild([Bulk(8)]); // and back in at another place
    }

    [Fact]
    public void Templates_and_static_files_the_watcher_names_reach_every_page_and_the_service_worker()
    {
        const string css = "templates/static/site.css";
        _site.With(css, "body{color:red}");
        AssertRebuildEqualsCleanBuild([css]);
        Assert.Equal("body{color:red}", Output("static/site.css"));

        const string template = "templates/_links.sbn";
        _site.With(template, "<ul class=\"link-list changed\">{{ for link in links }}<li><a href=\"{{ link.href }}\">{{ link.title }}</a></li>{{ end }}</ul>");
        AssertRebuildEqualsCleanBuild([template]);
        Assert.Contains("link-list changed", Output("exercises/calf-raise.html"));

        Edit("content/exercises/hill-walk.yaml", text => text.Replace("title: Forefoot hill walk", "title: Forefoot slope walk"));
        AssertRebuildEqualsCleanBuild(["content/exercises/hill-walk.yaml"]); // the templates are kept as they are

        _site.With(template, null);
        _site.With(css, null);
        AssertRebuildEqualsCleanBuild(["templates"]); // a folder reported for both
        Assert.DoesNotContain("link-list changed", Output("exercises/calf-raise.html"));
    }
}
