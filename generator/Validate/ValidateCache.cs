using System.Runtime.CompilerServices;
using Trackside.Diagnostics;
using Trackside.Load;
using Trackside.Model;

namespace Trackside.Validate;

/// <summary>
/// Items bound by earlier builds of a session, by the loaded file they came from: a file the load
/// cache returned unchanged is not checked or bound again, and its diagnostics are replayed.
/// </summary>
public sealed class ValidateCache
{
    private readonly ConditionalWeakTable<ContentFile, Entry> _entries = new();

    private sealed record Entry(Item? Item, IReadOnlyList<Diagnostic> Diagnostics);

    internal Item? GetOrCheck(ContentFile file, Func<DiagnosticBag, Item?> check, DiagnosticBag diagnostics)
    {
        if (!_entries.TryGetValue(file, out var entry))
        {
            var own = new DiagnosticBag();
            entry = new Entry(check(own), own.All());
            _entries.AddOrUpdate(file, entry);
        }
        diagnostics.AddRange(entry.Diagnostics);
        return entry.Item;
    }
}
