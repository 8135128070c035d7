using System.Runtime.CompilerServices;
using Trackside.Diagnostics;
using Trackside.Load;
using Trackside.Model;

namespace Trackside.Validate;

/// <summary>
/// Items bound by earlier builds of a session, by the loaded file they came from: a file the load
/// cache returned unchanged is not checked or bound again, and its diagnostics are replayed. The last
/// build's content is kept too: when the files are the same paths as then and each edited file still
/// yields an item (or still fails) as before, the content is patched with the edited items instead of
/// regrouping every item. Ids come from paths, so the same paths have the same duplicate ids.
/// </summary>
public sealed class ValidateCache
{
    private readonly ConditionalWeakTable<ContentFile, Entry> _entries = new();
    private Last? _last;

    private sealed record Entry(Item? Item, IReadOnlyList<Diagnostic> Diagnostics);

    // The last build's files and what checking each gave, the content bound from them, and their duplicate-id errors.
    private sealed record Last(IReadOnlyList<ContentFile> Files, Entry[] Checked, ContentSet Content, IReadOnlyList<Diagnostic> Duplicates);

    internal Item? GetOrCheck(ContentFile file, Func<DiagnosticBag, Item?> check, DiagnosticBag diagnostics)
    {
        var entry = Checked(file, check);
        diagnostics.AddRange(entry.Diagnostics);
        return entry.Item;
    }

    /// <summary>Keeps the content bound from <paramref name="files"/>, all checked through this cache, for the next build to patch.</summary>
    internal void Remember(IReadOnlyList<ContentFile> files, ContentSet content, IReadOnlyList<Diagnostic> duplicates) =>
        _last = new Last(files, files.Select(f => _entries.TryGetValue(f, out var entry) ? entry : throw new InvalidOperationException($"{f.Path} was not checked")).ToArray(),
            content, duplicates);

    /// <summary>The last build's content with the edited files' items, reporting every file's diagnostics; null when it cannot be patched.</summary>
    internal ContentSet? Patch(IReadOnlyList<ContentFile> files, Func<ContentFile, DiagnosticBag, Item?> check, DiagnosticBag diagnostics)
    {
        if (_last is not { } last || last.Files.Count != files.Count) return null;
        var edited = new List<(int Index, Entry Entry)>();
        for (var i = 0; i < files.Count; i++)
        {
            var (was, now) = (last.Files[i], files[i]);
            if (ReferenceEquals(was, now)) continue;
            if (was.Path != now.Path) return null;
            var entry = Checked(now, own => check(now, own));
            // Whether a file yields an item, or failed to load, decides the keys and order of the content: a change there regroups it all.
            if ((entry.Item is null) != (last.Checked[i].Item is null) || (now.Fields is null) != (was.Fields is null)) return null;
            edited.Add((i, entry));
        }

        var entries = (Entry[])last.Checked.Clone();
        foreach (var (index, entry) in edited) entries[index] = entry;
        var items = edited.Select(e => e.Entry.Item).OfType<Item>().ToList();
        var content = last.Content with
        {
            Exercises = Patched(last.Content.Exercises, items), Progressions = Patched(last.Content.Progressions, items),
            Explanations = Patched(last.Content.Explanations, items), Regions = Patched(last.Content.Regions, items),
            Sources = Patched(last.Content.Sources, items),
        };
        _last = new Last(files, entries, content, last.Duplicates);
        foreach (var entry in entries)
            if (entry.Diagnostics.Count > 0) diagnostics.AddRange(entry.Diagnostics);
        diagnostics.AddRange(last.Duplicates);
        return content;
    }

    private Entry Checked(ContentFile file, Func<DiagnosticBag, Item?> check)
    {
        if (_entries.TryGetValue(file, out var entry)) return entry;
        var own = new DiagnosticBag();
        entry = new Entry(check(own), own.All());
        _entries.AddOrUpdate(file, entry);
        return entry;
    }

    // A copy with the edited items of this kind in place of the old ones (same keys, so the same order); the same object when none is of this kind.
    private static IReadOnlyDictionary<string, T> Patched<T>(IReadOnlyDictionary<string, T> items, IReadOnlyList<Item> edited) where T : Item
    {
        var mine = edited.OfType<T>().ToList();
        if (mine.Count == 0) return items;
        var copy = new Dictionary<string, T>(items, StringComparer.Ordinal);
        foreach (var item in mine) copy[item.Id] = item;
        return copy;
    }
}
