using Markdig.Syntax;
using Trackside.Link;
using Trackside.Model;

namespace Trackside.Tests.Link;

/// <summary>A one-shot build drops an item's parsed Markdown once both its page and its search document are made.</summary>
public sealed class MarkdownReleaseTests
{
    private static readonly MarkdownSource Body = new("content/explanations/why.md", "# Why\n\nBecause.", new TextOrigin(2, 1));
    private static readonly Explanation Item = new() { Kind = ContentKind.Explanation, Id = "why", Body = Body };

    private static MarkdownRelease Release() =>
        new(new Dictionary<MarkdownSource, MarkdownDocument>(ReferenceEqualityComparer.Instance) { [Body] = new MarkdownDocument() }, [Item]);

    [Theory]
    [InlineData(MarkdownUse.Page, MarkdownUse.Search)]
    [InlineData(MarkdownUse.Search, MarkdownUse.Page)]
    public void Documents_stay_until_the_second_use_is_done(MarkdownUse first, MarkdownUse second)
    {
        var release = Release();
        release.Done(Item, first);
        release.Done(Item, first);
        Assert.NotNull(release.Document(Body));

        release.Done(Item, second);
        Assert.Throws<InvalidOperationException>(() => release.Document(Body));
    }
}
