namespace Trackside.Tests.Support;

/// <summary>Compares text with a golden file; with UPDATE_GOLDEN=1 rewrites the file instead, for a human to review.</summary>
public static class Golden
{
    public static void Compare(string goldenFile, string actual)
    {
        actual = actual.Replace("\r\n", "\n");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(goldenFile, actual);
            return;
        }
        Assert.True(File.Exists(goldenFile), $"missing golden file {goldenFile}; run the tests with UPDATE_GOLDEN=1 and review it");
        Assert.Equal(File.ReadAllText(goldenFile).Replace("\r\n", "\n"), actual);
    }
}
