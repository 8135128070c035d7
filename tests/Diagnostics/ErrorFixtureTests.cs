using Trackside.Tests.Support;

namespace Trackside.Tests.Diagnostics;

/// <summary>
/// Each folder in tests/fixtures/errors/ lays broken files over the base site. Its expected.txt holds the
/// exact diagnostics a coach sees (UPDATE_GOLDEN=1 rewrites them for review). Every case must also exit
/// with 1 and leave the previously published site byte-for-byte unchanged.
/// </summary>
public sealed class ErrorFixtureTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(Path.Combine(RepoPaths.Fixtures, "errors")).Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(dir));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Broken_content_gives_located_diagnostics_and_keeps_the_published_site(string name)
    {
        using var site = FixtureSite.Create();
        Assert.Equal(0, site.Build().ExitCode);
        var published = FolderSnapshot.Take(site.Output);

        using var broken = FixtureSite.Create(Path.Combine("errors", name));
        File.Delete(Path.Combine(broken.Source, "expected.txt"));
        var run = FixtureSite.Run(["build", "--source", broken.Source, "--output", site.Output]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(published, FolderSnapshot.Take(site.Output));
        Assert.Empty(Robustness.CliContract.Problems(run));
        Golden.Compare(Path.Combine(RepoPaths.Fixtures, "errors", name, "expected.txt"), run.Errors);
    }
}
