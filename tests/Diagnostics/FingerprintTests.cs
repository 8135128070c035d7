using Trackside.Diagnostics;

namespace Trackside.Tests.Diagnostics;

public sealed class FingerprintTests
{
    // Page fingerprints are kept in the published manifest: hashing the parts one by one must give what hashing them joined gave.
    [Fact]
    public void Parts_hash_as_their_text_joined_by_the_unit_separator()
    {
        string[][] cases =
        [
            [],
            [""],
            ["a", "", "b"],
            ["Ünïcode — “quotes”", "emoji 🏃 and \u00e9", "last"],
            [new string('x', 5000), "short", new string('é', 3000)],
        ];
        foreach (var parts in cases)
            Assert.Equal(Fingerprint.Of(string.Join('\u001f', parts)), Fingerprint.Of(parts.AsEnumerable()));
    }
}
