using Trackside.Search;

namespace Trackside.Tests.Search;

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("Single-leg calf raise", "single leg calf raise")]
    [InlineData("Don't bounce — STOP if it hurts", "dont bounce stop if it hurts")]
    [InlineData("Athlete’s knee", "athletes knee")]
    [InlineData("Crème brûlée, Ærø, Straße, Łódź", "creme brulee aero strasse lodz")]
    [InlineData("3 x 12 reps @ 60 s, 35-40°", "12 reps 60 35 40")]
    [InlineData("e\u0301tude", "etude")]
    [InlineData("<script>alert(1)</script>", "script alert script")]
    [InlineData("ΣΟΦΙΑ Москва 東京", "σοφια москва 東京")]
    public void Text_becomes_lowercase_unaccented_terms(string text, string terms) =>
        Assert.Equal(terms.Split(' '), SearchText.Terms(text));

    [Fact]
    public void Too_short_and_too_long_words_are_not_terms()
    {
        Assert.Empty(SearchText.Terms("a I x"));
        Assert.Empty(SearchText.Terms(new string('a', SearchText.MaxLength + 1)));
        Assert.Equal([new string('a', SearchText.MaxLength)], SearchText.Terms(new string('a', SearchText.MaxLength)));
    }

    [Fact]
    public void Long_snippets_are_cut_at_a_word_with_an_ellipsis()
    {
        var text = string.Join(' ', Enumerable.Repeat("stiffness", 40));
        var snippet = SearchDocument.Shorten(text, 50);

        Assert.EndsWith("stiffness…", snippet);
        Assert.True(snippet.Length <= 51, snippet);
        Assert.Equal("short   text".Split(' ', StringSplitOptions.RemoveEmptyEntries), SearchDocument.Shorten("short \n  text", 50).Split(' '));
    }
}
