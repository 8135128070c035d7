using Trackside.Build;
using Trackside.Output;
using Trackside.Tests.Search;
using Trackside.Tests.Support;

namespace Trackside.Tests.Serve;

/// <summary>
/// A serve session keeps link results, page fingerprints and search documents between builds. After
/// any edit its preview must hold exactly what a clean build of the same content writes: every page
/// that shows the edit, the back-links, the search index, the sitemap, the feed and the service worker.
/// </summary>
public sealed partial class SessionRebuildTests : IDisposable
{
    private readonly FixtureSite _site = FixtureSite.Create();
    private readonly BuildSession _session;

    public SessionRebuildTests()
    {
        _session = new BuildSession(new BuildOptions(_site.Source, _site.Output), incremental: true);
        AssertRebuildEqualsCleanBuild();
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_new_title_shows_on_every_page_that_names_it_and_in_search_and_the_feed()
    {
        Edit("content/exercises/hill-walk.yaml", text => text.Replace("title: Forefoot hill walk", "title: Forefoot slope walk") + "updated: 2025-01-02\n");

        AssertRebuildEqualsCleanBuild();
        Assert.Equal("Forefoot slope walk", _site.Page("exercises/hill-walk.html").QuerySelector("main h1")!.TextContent);
        Assert.Contains("Forefoot slope walk", LinkTexts("progressions/back-to-running.html"));
        Assert.Contains("Forefoot slope walk", LinkTexts("exercises/calf-raise.html")); // back-link: calf-raise progresses to it
        Assert.Contains("Forefoot slope walk", LinkTexts("regions/foot.html"));
        Assert.Contains("Forefoot slope walk", LinkTexts("exercises/index.html"));
        var search = new SearchIndexFiles(_site.Output);
        Assert.Contains("slope", search.Terms);
        Assert.Contains(search.Documents, d => d.Title == "Forefoot slope walk");
        Assert.Contains("<title>Forefoot slope walk</title>", Output("feed.xml"));
        Assert.Contains("<lastmod>2025-01-02</lastmod>", Output("sitemap.xml"));
    }

    [Fact]
    public void The_feed_and_every_page_link_to_it_go_with_the_last_date_and_come_back_with_a_new_one()
    {
        Edit("content/exercises/calf-raise.yaml", text => text.Replace("updated: 2024-05-01\n", ""));
        AssertRebuildEqualsCleanBuild();
        Assert.False(File.Exists(Path.Combine(_site.Output, "feed.xml")));
        Assert.DoesNotContain("feed.xml", Output("exercises/hill-walk.html"));

        Edit("content/exercises/hill-walk.yaml", text => text + "updated: 2025-03-04\n");
        AssertRebuildEqualsCleanBuild();
        Assert.Contains("<updated>2025-03-04T00:00:00Z</updated>", Output("feed.xml"));
        Assert.Contains("feed.xml", Output("regions/foot.html"));
    }

    [Fact]
    public void Body_text_edits_change_the_search_postings_of_that_document_only_as_a_clean_build_would()
    {
        Edit("content/exercises/hill-walk.yaml", text => text.Replace("Walk up a moderate hill on the forefoot.", "Walk up a steep zigzag on the forefoot."));
        AssertRebuildEqualsCleanBuild();
        var search = new SearchIndexFiles(_site.Output);
        var hillWalk = search.Documents.ToList().FindIndex(d => d.Path == "exercises/hill-walk.html");
        Assert.Contains(hillWalk, search.Postings("zigzag")[3]);
        Assert.DoesNotContain("moderate", search.Terms);

        // A comment changes no searchable text: the index files are left as they are.
        var terms = Path.Combine(_site.Output, "search/terms.txt");
        var written = File.GetLastWriteTimeUtc(terms);
        File.SetLastWriteTimeUtc(terms, written.AddHours(-1));
        Edit("content/exercises/hill-walk.yaml", text => text + "# a comment\n");
        AssertRebuildEqualsCleanBuild();
        Assert.Equal(written.AddHours(-1), File.GetLastWriteTimeUtc(terms));
    }

    [Fact]
    public void An_asset_added_changed_and_removed_reaches_the_preview_and_the_service_worker()
    {
        _site.With("content/assets/track.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        AssertRebuildEqualsCleanBuild();
        var worker = Output("sw.js");

        _site.With("content/assets/track.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"2\"/>");
        AssertRebuildEqualsCleanBuild();
        Assert.Contains("width=\"2\"", Output("assets/track.svg"));
        Assert.NotEqual(worker, Output("sw.js"));

        _site.With("content/assets/track.svg", null);
        AssertRebuildEqualsCleanBuild();
        Assert.False(File.Exists(Path.Combine(_site.Output, "assets/track.svg")));
    }

    [Fact]
    public void An_asset_is_read_again_when_the_watcher_names_it_or_its_folder_and_kept_otherwise()
    {
        const string asset = "content/assets/track.svg";
        _site.With(asset, "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        AssertRebuildEqualsCleanBuild([asset]);

        _site.With(asset, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"2\"/>");
        AssertRebuildEqualsCleanBuild([asset]);
        Assert.Contains("width=\"2\"", Output("assets/track.svg"));

        Edit("content/exercises/hill-walk.yaml", text => text + "# a comment\n");
        AssertRebuildEqualsCleanBuild(["content/exercises/hill-walk.yaml"]);

        _site.With(asset, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"3\"/>");
        AssertRebuildEqualsCleanBuild(["content/assets"]);
        Assert.Contains("width=\"3\"", Output("assets/track.svg"));
    }

    [Fact]
    public void A_new_link_in_Markdown_adds_a_back_link_and_removing_it_takes_it_away()
    {
        var original = File.ReadAllText(Path.Combine(_site.Source, "content/regions/ankle.yaml"));
        _site.With("content/regions/ankle.yaml", original + "body: Strengthen it with the [ankle screen](exercise:ankle-screen#main).\n");
        AssertRebuildEqualsCleanBuild();
        Assert.Contains("Ankle", UsedBy("exercises/ankle-screen.html"));

        _site.With("content/regions/ankle.yaml", original);
        AssertRebuildEqualsCleanBuild();
        Assert.DoesNotContain("Ankle", UsedBy("exercises/ankle-screen.html"));
    }

    [Fact]
    public void A_region_title_reaches_the_search_keywords_and_the_chain_map_of_other_pages()
    {
        Edit("content/regions/hamstring.yaml", text => text.Replace("title: Hamstring", "title: Posterior thigh"));

        AssertRebuildEqualsCleanBuild();
        Assert.Contains("Posterior thigh", _site.Page("regions/ankle.html").QuerySelector("svg")!.TextContent);
        var search = new SearchIndexFiles(_site.Output);
        var hillWalk = search.Documents.ToList().FindIndex(d => d.Path == "exercises/hill-walk.html");
        Assert.Contains(hillWalk, search.Postings("posterior")[1]); // keywords: the regions it works on
    }

    [Fact]
    public void Deleting_and_adding_files_removes_and_adds_their_pages()
    {
        _site.With("content/exercises/extra-hop.yaml",
            "title: Extra hop\nsummary: A small hop.\ncategory: running\nlevel: advanced\nregions: [ankle]\nsteps: [Hop on the spot.]\nregression: calf-raise\n");
        AssertRebuildEqualsCleanBuild();
        Assert.True(File.Exists(Path.Combine(_site.Output, "exercises/extra-hop.html")));
        Assert.Contains("Extra hop", LinkTexts("exercises/calf-raise.html"));

        _site.With("content/exercises/extra-hop.yaml", null);
        AssertRebuildEqualsCleanBuild();
        Assert.False(File.Exists(Path.Combine(_site.Output, "exercises/extra-hop.html")));
        Assert.DoesNotContain("Extra hop", LinkTexts("exercises/calf-raise.html"));
    }

    [Fact]
    public void Renaming_an_id_fails_until_the_links_follow_then_matches_a_clean_build()
    {
        var calf = File.ReadAllText(Path.Combine(_site.Source, "content/exercises/calf-raise.yaml"));
        _site.With("content/exercises/calf-raise.yaml", null).With("content/exercises/calf-lift.yaml", calf);

        var broken = _session.Build();
        Assert.False(broken.Published);
        Assert.Contains(broken.Diagnostics, d => d.Code.Id == "L201" && d.Message.Contains("`calf-raise`"));

        foreach (var file in new[] { "content/exercises/hill-walk.yaml", "content/progressions/back-to-running.yaml", "content/explanations/why-ankles.md" })
            Edit(file, text => text.Replace("calf-raise", "calf-lift"));
        AssertRebuildEqualsCleanBuild();
        Assert.False(File.Exists(Path.Combine(_site.Output, "exercises/calf-raise.html")));
        Assert.Contains("Calf raise", LinkTexts("exercises/hill-walk.html"));
    }

    [Fact]
    public void An_error_is_reported_on_every_build_until_fixed()
    {
        var original = File.ReadAllText(Path.Combine(_site.Source, "content/exercises/ankle-screen.yaml"));
        _site.With("content/exercises/ankle-screen.yaml", original + "explanation: See [the plan](progression:no-such-plan) and ![](missing.png).\n");

        for (var build = 0; build < 2; build++)
        {
            var failed = _session.Build();
            Assert.False(failed.Published);
            Assert.Contains(failed.Diagnostics, d => d.Code.Id == "L201" && d.Message.Contains("no-such-plan"));
            Assert.Contains(failed.Diagnostics, d => d.Code.Id == "L206");
        }

        _site.With("content/exercises/ankle-screen.yaml", original);
        AssertRebuildEqualsCleanBuild();
    }

    [Fact]
    public void A_claim_removed_from_a_source_breaks_the_links_that_cite_it()
    {
        Edit("seeds/test-source.yaml", text => text[..text.IndexOf("  progression:", StringComparison.Ordinal)]);

        var failed = _session.Build();
        Assert.False(failed.Published);
        Assert.Contains(failed.Diagnostics, d => d.Code.Id == "L202" && d.Span.Path == "content/exercises/hill-walk.yaml");
        Assert.Contains(failed.Diagnostics, d => d.Code.Id == "L202" && d.Span.Path == "content/progressions/back-to-running.yaml");
    }

    [Fact]
    public void A_heading_renamed_in_an_explanation_breaks_anchor_links_to_it()
    {
        Edit("content/explanations/why-ankles.md", text => text.Replace("## The spring", "## The coil"));

        var failed = _session.Build();
        Assert.False(failed.Published);
        Assert.Contains(failed.Diagnostics, d => d.Code.Id == "L203" && d.Span.Path == "content/exercises/calf-raise.yaml");

        Edit("content/exercises/calf-raise.yaml", text => text.Replace("#the-spring", "#the-coil"));
        AssertRebuildEqualsCleanBuild();
    }

    [Fact]
    public void An_edit_the_watcher_reports_shows_even_when_it_kept_the_file_size_and_time()
    {
        const string path = "content/exercises/hill-walk.yaml";
        var full = Path.Combine(_site.Source, path);
        var time = File.GetLastWriteTimeUtc(full);
        Edit(path, text => text.Replace("title: Forefoot hill walk", "title: Forefoot hill wade"));
        File.SetLastWriteTimeUtc(full, time);

        AssertRebuildEqualsCleanBuild([path]);
        Assert.Equal("Forefoot hill wade", _site.Page("exercises/hill-walk.html").QuerySelector("main h1")!.TextContent);
    }

    [Fact]
    public void Files_the_watcher_reports_added_and_deleted_add_and_remove_their_pages()
    {
        const string added = "content/exercises/extra-hop.yaml";
        _site.With(added, "title: Extra hop\nsummary: A small hop.\ncategory: running\nlevel: advanced\nregions: [ankle]\nsteps: [Hop on the spot.]\n");
        AssertRebuildEqualsCleanBuild([added]);
        Assert.True(File.Exists(Path.Combine(_site.Output, "exercises/extra-hop.html")));

        _site.With(added, null);
        AssertRebuildEqualsCleanBuild([added]);
        Assert.False(File.Exists(Path.Combine(_site.Output, "exercises/extra-hop.html")));
    }

    [Fact]
    public void An_editor_saving_through_a_temporary_file_is_seen_through_the_file_it_replaced()
    {
        const string path = "content/regions/foot.yaml";
        Edit(path, text => text.Replace("title: Foot", "title: Whole foot"));

        AssertRebuildEqualsCleanBuild(["content/regions/.foot.yaml.swp", path]);
        Assert.Equal("Whole foot", _site.Page("regions/foot.html").QuerySelector("main h1")!.TextContent);
    }

    [Fact]
    public void A_folder_swapped_in_whole_is_read_again_though_only_the_folder_was_reported()
    {
        var regions = Path.Combine(_site.Source, "content/regions");
        var copy = Path.Combine(_site.Root, "regions-copy");
        CopyFolder(regions, copy);
        File.WriteAllText(Path.Combine(copy, "foot.yaml"), File.ReadAllText(Path.Combine(regions, "foot.yaml")).Replace("title: Foot", "title: Whole foot"));
        Directory.Delete(regions, recursive: true);
        Directory.Move(copy, regions);

        AssertRebuildEqualsCleanBuild(["content/regions"]);
        Assert.Equal("Whole foot", _site.Page("regions/foot.html").QuerySelector("main h1")!.TextContent);
    }

    [Fact]
    public void After_lost_watcher_events_every_file_is_checked()
    {
        _site.With("content/exercises/extra-hop.yaml",
            "title: Extra hop\nsummary: A small hop.\ncategory: running\nlevel: advanced\nregions: [ankle]\nsteps: [Hop on the spot.]\n");
        Edit("content/regions/foot.yaml", text => text.Replace("title: Foot", "title: Whole foot"));
        _site.With("content/exercises/notes.txt", "not content");

        AssertRebuildEqualsCleanBuild(null);
        Assert.Equal("Whole foot", _site.Page("regions/foot.html").QuerySelector("main h1")!.TextContent);
        Assert.True(File.Exists(Path.Combine(_site.Output, "exercises/extra-hop.html")));
    }

    [Fact]
    public void Warnings_about_ignored_files_match_a_clean_build_while_the_folder_is_not_scanned_again()
    {
        _site.With("content/exercises/notes.txt", "not content");
        var first = _session.Build(["content/exercises/notes.txt"]);
        Edit("content/regions/foot.yaml", text => text.Replace("title: Foot", "title: Whole foot"));

        var second = _session.Build(["content/regions/foot.yaml"]);
        var clean = BuildPipeline.Run(new BuildOptions(_site.Source, null));
        Assert.Equal(clean.Diagnostics, second.Diagnostics);
        Assert.Contains(second.Diagnostics, d => d.Span.Path == "content/exercises/notes.txt");
        Assert.Equal(first.Diagnostics, second.Diagnostics);
    }

    [Fact]
    public void Edits_that_move_items_within_and_between_paged_lists_match_a_clean_build()
    {
        AddBulkExercises(130);
        AssertRebuildEqualsCleanBuild();
        Assert.True(File.Exists(Path.Combine(_site.Output, "regions/ankle.all.2.html"))); // the lists run over pages
        Assert.True(File.Exists(Path.Combine(_site.Output, "tags/bulk.2.html")));

        Edit("content/exercises/bulk-005.yaml", text => text.Replace("title: Bulk drill 005", "title: Zz last drill"));
        AssertRebuildEqualsCleanBuild(["content/exercises/bulk-005.yaml"]); // from page 1 to page 2 of every list

        Edit("content/exercises/bulk-010.yaml", text => text.Replace("category: strength", "category: running").Replace("level: beginner", "level: advanced"));
        AssertRebuildEqualsCleanBuild(["content/exercises/bulk-010.yaml"]);

        Edit("content/exercises/bulk-020.yaml", text => text.Replace("tags: [bulk]", "tags: [Fresh tag]").Replace("summary: One of many.", "summary: Now alone."));
        AssertRebuildEqualsCleanBuild(["content/exercises/bulk-020.yaml"]);
        Assert.Contains("Fresh tag", LinkTexts("tags/index.html"));

        Edit("content/exercises/bulk-040.yaml", text => text + "# a comment only\n");
        AssertRebuildEqualsCleanBuild(["content/exercises/bulk-040.yaml"]);

        for (var gone = 101; gone <= 130; gone++) _site.With($"content/exercises/bulk-{gone}.yaml", null);
        Edit("content/exercises/bulk-100.yaml", text => text.Replace("progression: bulk-101\n", ""));
        AssertRebuildEqualsCleanBuild(); // the lists shrink by a page
        Assert.False(File.Exists(Path.Combine(_site.Output, "tags/bulk.2.html")));
    }

    [Fact]
    public void A_title_that_moves_an_entry_across_pages_and_back_and_an_item_added_first_match_a_clean_build()
    {
        AddBulkExercises(230);
        AssertRebuildEqualsCleanBuild();

        Edit("content/exercises/bulk-001.yaml", text => text.Replace("title: Bulk drill 001", "title: Zz last drill"));
        AssertRebuildEqualsCleanBuild(["content/exercises/bulk-001.yaml"]); // from the first page to the last of every list
        Edit("content/exercises/bulk-001.yaml", text => text.Replace("title: Zz last drill", "title: Bulk drill 001"));
        AssertRebuildEqualsCleanBuild(["content/exercises/bulk-001.yaml"]); // and back

        _site.With("content/exercises/aa-first.yaml", "title: Aa first drill\nsummary: New.\ncategory: strength\nlevel: beginner\nregions: [ankle]\ntags: [bulk]\nsteps: [Do it.]\n");
        AssertRebuildEqualsCleanBuild(["content/exercises/aa-first.yaml"]); // every entry of the lists moves one place on
        Edit("content/exercises/aa-first.yaml", text => text.Replace("tags: [bulk]", "tags: [bulk, first]"));
        AssertRebuildEqualsCleanBuild(["content/exercises/aa-first.yaml"]); // the tag index counts it
        _site.With("content/exercises/aa-first.yaml", null);
        AssertRebuildEqualsCleanBuild(["content/exercises/aa-first.yaml"]);
    }

    [Fact]
    public void Titles_that_tie_others_edits_after_comments_and_several_files_at_once_keep_the_order_of_a_clean_build()
    {
        AddBulkExercises(230);
        AssertRebuildEqualsCleanBuild();

        // A comment leaves the lists holding the exercise as it was; a title edit next must still find it there.
        Edit("content/exercises/bulk-150.yaml", text => text + "# a comment\n");
        AssertRebuildEqualsCleanBuild(["content/exercises/bulk-150.yaml"]);
        Edit("content/exercises/bulk-150.yaml", text => text.Replace("title: Bulk drill 150", "title: bulk DRILL 007"));
        AssertRebuildEqualsCleanBuild(["content/exercises/bulk-150.yaml"]); // ties with bulk-007 ignoring case: it goes after it
        Edit("content/exercises/bulk-002.yaml", text => text.Replace("title: Bulk drill 002", "title: Bulk drill 120"));
        AssertRebuildEqualsCleanBuild(["content/exercises/bulk-002.yaml"]); // ties with bulk-120, which comes later in the content

        Edit("content/exercises/bulk-200.yaml", text => text.Replace("title: Bulk drill 200", "title: Aaa first drill"));
        AssertRebuildEqualsCleanBuild(["content/exercises/bulk-200.yaml"]); // to the first place of every list
        Edit("content/exercises/bulk-200.yaml", text => text.Replace("level: beginner", "level: advanced").Replace("category: strength", "category: mobility"));
        AssertRebuildEqualsCleanBuild(["content/exercises/bulk-200.yaml"]); // to other category and level lists

        Edit("content/exercises/bulk-010.yaml", text => text.Replace("title: Bulk drill 010", "title: Bulk drill 011"));
        Edit("content/exercises/bulk-011.yaml", text => text.Replace("title: Bulk drill 011", "title: Bulk drill 010").Replace("level: beginner", "level: intermediate"));
        AssertRebuildEqualsCleanBuild(["content/exercises/bulk-010.yaml", "content/exercises/bulk-011.yaml"]); // two edits in one build
        Edit("content/exercises/bulk-099.yaml", text => text.Replace("title: Bulk drill 099", "title: Zzz last drill") + "# and a comment\n");
        Edit("content/exercises/bulk-150.yaml", text => text + "# another comment\n");
        AssertRebuildEqualsCleanBuild(["content/exercises/bulk-099.yaml", "content/exercises/bulk-150.yaml"]);
    }

    [Fact]
    public void Deleting_an_item_others_link_to_fails_until_they_follow_then_matches_a_clean_build()
    {
        AddBulkExercises(40);
        AssertRebuildEqualsCleanBuild();

        _site.With("content/exercises/bulk-007.yaml", null);
        var failed = _session.Build(["content/exercises/bulk-007.yaml"]);
        Assert.False(failed.Published);
        Assert.Contains(failed.Diagnostics, d => d.Code.Id == "L201" && d.Span.Path == "content/exercises/bulk-006.yaml");

        Edit("content/exercises/bulk-006.yaml", text => text.Replace("progression: bulk-007\n", ""));
        AssertRebuildEqualsCleanBuild(["content/exercises/bulk-006.yaml"]);
        Assert.False(File.Exists(Path.Combine(_site.Output, "exercises/bulk-007.html")));
    }

    [Fact]
    public void An_item_that_changes_kind_leaves_the_lists_of_one_kind_for_another()
    {
        var walk = File.ReadAllText(Path.Combine(_site.Source, "content/exercises/hill-walk.yaml"));
        _site.With("content/exercises/uphill-notes.yaml", walk.Replace("title: Forefoot hill walk", "title: Uphill notes").Replace("regression: calf-raise\n", ""));
        AssertRebuildEqualsCleanBuild();

        _site.With("content/exercises/uphill-notes.yaml", null)
            .With("content/explanations/uphill-notes.md", "---\ntitle: Uphill notes\nsummary: Why hills help.\nregions: [ankle]\ntags: [ankles]\n---\nHills load the [calf](exercise:calf-raise).\n");
        AssertRebuildEqualsCleanBuild(["content/exercises/uphill-notes.yaml", "content/explanations/uphill-notes.md"]);
        Assert.Contains("Uphill notes", LinkTexts("explanations/index.html"));
        Assert.DoesNotContain("Uphill notes", LinkTexts("exercises/index.html"));
    }

    [Fact]
    public void New_site_settings_reach_the_home_and_not_found_pages_while_no_item_changed()
    {
        Edit("content/site.yaml", text => text.Replace("title: Fixture Club", "title: Fixture Track Club").Replace("base_url: https://club.example/site/", "base_url: https://track.example/"));

        AssertRebuildEqualsCleanBuild(["content/site.yaml"]);
        Assert.Contains("https://track.example/", Output("404.html"));
    }

    [Fact]
    public void A_duplicate_id_made_by_another_file_is_reported_through_edits_until_removed()
    {
        const string twin = "content/exercises/Calf-raise.yaml";
        _site.With(twin, File.ReadAllText(Path.Combine(_site.Source, "content/exercises/calf-raise.yaml")));
        var failed = _session.Build([twin]);
        Assert.Contains(failed.Diagnostics, d => d.Code.Id == "V106");
        AssertDiagnosticsEqualCleanCheck(failed);

        // An edit elsewhere keeps every path, so the content is patched: the clash must still be reported.
        Edit("content/exercises/hill-walk.yaml", text => text.Replace("title: Forefoot hill walk", "title: Forefoot slope walk"));
        var still = _session.Build(["content/exercises/hill-walk.yaml"]);
        Assert.Contains(still.Diagnostics, d => d.Message.Contains("clashes with"));
        AssertDiagnosticsEqualCleanCheck(still);

        _site.With(twin, null);
        AssertRebuildEqualsCleanBuild([twin]);
    }

    [Fact]
    public void Shape_errors_and_fixes_in_one_file_match_a_clean_check_while_the_content_is_patched()
    {
        const string path = "content/exercises/hill-walk.yaml";
        var original = File.ReadAllText(Path.Combine(_site.Source, path));
        _site.With(path, original + "level_of_fun: high\n");
        AssertDiagnosticsEqualCleanCheck(_session.Build([path]));

        _site.With(path, "title: [unclosed\n");
        AssertDiagnosticsEqualCleanCheck(_session.Build([path]));

        _site.With(path, original.Replace("title: Forefoot hill walk", "title: Forefoot hill run"));
        AssertRebuildEqualsCleanBuild([path]);
        Edit(path, text => text + "# a comment\n");
        AssertRebuildEqualsCleanBuild([path]);
    }

    [Fact]
    public void A_broken_link_stays_reported_while_other_files_are_edited_then_a_rename_it_names_resolves_it()
    {
        Edit("content/exercises/ankle-screen.yaml", text => text + "explanation: See [the plan](progression:no-such-plan).\n");
        AssertDiagnosticsEqualCleanCheck(_session.Build(["content/exercises/ankle-screen.yaml"]));

        // Only the edited file is changed: the item with the broken link must still be checked, with hints from the whole site.
        Edit("content/exercises/hill-walk.yaml", text => text.Replace("title: Forefoot hill walk", "title: Forefoot hill run"));
        var still = _session.Build(["content/exercises/hill-walk.yaml"]);
        Assert.Contains(still.Diagnostics, d => d.Code.Id == "L201" && d.Message.Contains("no-such-plan"));
        AssertDiagnosticsEqualCleanCheck(still);

        Edit("content/exercises/ankle-screen.yaml", text => text.Replace("progression:no-such-plan", "progression:back-to-running"));
        AssertRebuildEqualsCleanBuild(["content/exercises/ankle-screen.yaml"]);
        Edit("content/exercises/hill-walk.yaml", text => text + "# a comment\n");
        AssertRebuildEqualsCleanBuild(["content/exercises/hill-walk.yaml"]);
    }

    [Fact]
    public void An_anchor_is_checked_again_when_its_target_loses_a_back_link_and_stays_reported_through_other_edits()
    {
        Edit("content/regions/ankle.yaml", text => text + "body: The [foot](region:foot#items) carries it.\n");
        AssertRebuildEqualsCleanBuild(["content/regions/ankle.yaml"]);

        // The foot region's "items" section lasts while an exercise works it: the link's own file is not edited.
        Edit("content/exercises/calf-raise.yaml", text => text.Replace("regions: [ankle, foot]", "regions: [ankle]"));
        AssertRebuildEqualsCleanBuild(["content/exercises/calf-raise.yaml"]);
        Edit("content/exercises/hill-walk.yaml", text => text.Replace("regions: [foot, ankle, hamstring]", "regions: [ankle, hamstring]"));
        var failed = _session.Build(["content/exercises/hill-walk.yaml"]);
        Assert.Contains(failed.Diagnostics, d => d.Code.Id == "L203" && d.Span.Path == "content/regions/ankle.yaml");
        AssertDiagnosticsEqualCleanCheck(failed);

        Edit("content/exercises/ankle-screen.yaml", text => text + "# a comment\n");
        AssertDiagnosticsEqualCleanCheck(_session.Build(["content/exercises/ankle-screen.yaml"]));

        Edit("content/exercises/hill-walk.yaml", text => text.Replace("regions: [ankle, hamstring]", "regions: [foot, ankle, hamstring]"));
        AssertRebuildEqualsCleanBuild(["content/exercises/hill-walk.yaml"]);
    }

    [Fact]
    public void A_file_that_fails_to_load_stays_reported_with_its_line_while_other_files_are_edited()
    {
        const string broken = "content/exercises/ankle-screen.yaml";
        Edit(broken, text => text.Replace("title: Ankle screen", "title: [Ankle screen"));
        AssertDiagnosticsEqualCleanCheck(_session.Build([broken]));

        Edit("content/exercises/hill-walk.yaml", text => text.Replace("title: Forefoot hill walk", "title: Forefoot hill run"));
        var still = _session.Build(["content/exercises/hill-walk.yaml"]);
        AssertDiagnosticsEqualCleanCheck(still);
        var error = Assert.Single(still.Diagnostics, d => d.Span.Path == broken);
        Assert.Equal(File.ReadAllLines(Path.Combine(_site.Source, broken))[error.Span.Line - 1], still.Sources.Line(broken, error.Span.Line));
        Assert.Equal("title: Forefoot hill run", still.Sources.Line("content/exercises/hill-walk.yaml", 1));

        Edit(broken, text => text.Replace("title: [Ankle screen", "title: Ankle screen"));
        AssertRebuildEqualsCleanBuild([broken]);
    }

    [Fact]
    public void A_full_feed_keeps_its_entries_through_edits_to_older_items_and_takes_in_a_newer_one()
    {
        AddBulkExercises(30);
        for (var i = 1; i <= 30; i++) Edit($"content/exercises/bulk-{i:D3}.yaml", text => text + $"updated: 2023-01-{i:D2}\n");
        AssertRebuildEqualsCleanBuild();
        Assert.DoesNotContain("Bulk drill 003", Output("feed.xml"));

        Edit("content/exercises/bulk-003.yaml", text => text.Replace("title: Bulk drill 003", "title: Bulk drill three"));
        AssertRebuildEqualsCleanBuild(["content/exercises/bulk-003.yaml"]); // older than every entry: the feed stands
        Edit("content/exercises/bulk-003.yaml", text => text.Replace("updated: 2023-01-03", "updated: 2024-12-31"));
        AssertRebuildEqualsCleanBuild(["content/exercises/bulk-003.yaml"]);
        Assert.Contains("Bulk drill three", Output("feed.xml"));
        Edit("content/exercises/bulk-030.yaml", text => text.Replace("updated: 2023-01-30\n", ""));
        AssertRebuildEqualsCleanBuild(["content/exercises/bulk-030.yaml"]); // an entry leaves: the next one moves up
    }

    [Fact]
    public void A_claim_added_to_a_source_adds_its_search_document_as_a_clean_build_would()
    {
        Edit("seeds/test-source.yaml", text => text + "  cadence:\n    text: Short steps spare the hamstring.\n");
        AssertRebuildEqualsCleanBuild(["seeds/test-source.yaml"]);
        Assert.Contains(new SearchIndexFiles(_site.Output).Documents, d => d.Path == "sources/test-source.html#cadence");
    }

    // Exercises enough to page every list they are on: each works the ankle, links to calf-raise, and progresses to the next.
    private void AddBulkExercises(int count)
    {
        for (var i = 1; i <= count; i++)
        {
            var next = i < count ? $"progression: bulk-{i + 1:D3}\n" : "";
            _site.With($"content/exercises/bulk-{i:D3}.yaml",
                $"title: Bulk drill {i:D3}\nsummary: One of many.\ncategory: {(i % 2 == 0 ? "strength" : "mobility")}\nlevel: beginner\nregions: [ankle]\n" +
                $"tags: [bulk]\nsteps: [Do it once.]\nregression: calf-raise\n{next}");
        }
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
    }

    private void Edit(string relativePath, Func<string, string> change) =>
        _site.With(relativePath, change(File.ReadAllText(Path.Combine(_site.Source, relativePath))));

    // changed: the paths a file watcher reported; null when events were lost, or not told (every file is checked).
    private void AssertRebuildEqualsCleanBuild(IReadOnlyCollection<string>? changed = null)
    {
        var result = _session.Build(changed);
        Assert.True(result.Published, string.Join("\n", result.Diagnostics));

        var clean = Path.Combine(_site.Root, "clean");
        if (Directory.Exists(clean)) Directory.Delete(clean, recursive: true);
        Assert.True(BuildPipeline.Run(new BuildOptions(_site.Source, clean) { Clean = true }).Published);

        // The preview is written in place and keeps no manifest of its own: that is for `build`.
        Assert.Equal(Without(FolderSnapshot.Take(clean), PageManifest.FileName), Without(FolderSnapshot.Take(_site.Output), PageManifest.FileName));
    }

    private void AssertDiagnosticsEqualCleanCheck(BuildResult result)
    {
        var check = BuildPipeline.Run(new BuildOptions(_site.Source, null));
        Assert.Equal(check.Diagnostics.Select(d => d.ToString()), result.Diagnostics.Select(d => d.ToString()));
    }

    private static Dictionary<string, string> Without(IReadOnlyDictionary<string, string> files, string name) =>
        files.Where(f => f.Key != name).ToDictionary();

    private string Output(string relativePath) => File.ReadAllText(Path.Combine(_site.Output, relativePath));

    private IReadOnlyList<string> UsedBy(string page) =>
        _site.Page(page).QuerySelectorAll("#used-by a").Select(a => a.TextContent.Trim()).ToList();

    private IReadOnlyList<string> LinkTexts(string page) =>
        _site.Page(page).QuerySelectorAll("main a").Select(a => a.TextContent.Trim()).ToList();
}
