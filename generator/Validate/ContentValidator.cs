using Trackside.Diagnostics;
using Trackside.Load;
using Trackside.Model;
using Trackside.Schema;

namespace Trackside.Validate;

/// <summary>Stage 2: checks every loaded file against its schema and the id rules, and builds the typed items.</summary>
public static class ContentValidator
{
    /// <summary>
    /// Reports every shape and id problem. Files with problems still yield items where possible,
    /// so the link stage can check their links too; a build with any error publishes nothing.
    /// </summary>
    public static ContentSet Validate(LoadedContent<ContentFile> loaded, DiagnosticBag diagnostics, ValidateCache? cache = null) =>
        WithSite(loaded, diagnostics, () => cache?.Patch(loaded.Files, Check, diagnostics) ?? Bind(loaded.Files, diagnostics, cache));

    /// <summary>As above, for files each checked by <see cref="CheckFile"/> as it was loaded: what is left are the checks across files.</summary>
    public static ContentSet Validate(LoadedContent<CheckedFile> loaded, DiagnosticBag diagnostics) =>
        WithSite(loaded, diagnostics, () => Group(loaded.Files, diagnostics));

    /// <summary>Checks one file and binds its item, reporting its shape and id problems.</summary>
    public static CheckedFile CheckFile(ContentFile file, DiagnosticBag diagnostics) => Checked(file, Check(file, diagnostics));

    private static CheckedFile Checked(ContentFile file, Item? item) => new(file.Path, file.Kind, file.Id, file.Fields is null, item);

    private static ContentSet WithSite<T>(LoadedContent<T> loaded, DiagnosticBag diagnostics, Func<ContentSet> content)
    {
        var site = BindSite(loaded.Site, new ShapeValidator(diagnostics), diagnostics);
        AssetRules.Check(loaded.Assets, diagnostics);
        return content() with { Site = site, Assets = loaded.Assets };
    }

    private static ContentSet Bind(IReadOnlyList<ContentFile> files, DiagnosticBag diagnostics, ValidateCache? cache)
    {
        var checkedFiles = files.Select(file => cache is null
            ? CheckFile(file, diagnostics)
            : Checked(file, cache.GetOrCheck(file, own => Check(file, own), diagnostics))).ToList();
        var duplicates = new DiagnosticBag();
        var content = Group(checkedFiles, duplicates);
        diagnostics.AddRange(duplicates.All());
        cache?.Remember(files, content, duplicates.All());
        return content;
    }

    // Every file's item, grouped by kind and id (the first of each id, in file order); ids that clash are reported to duplicates.
    // One pass with a switch on the item's type: OfType and GroupBy for each kind took most of the validate stage.
    private static ContentSet Group(IReadOnlyList<CheckedFile> files, DiagnosticBag duplicates)
    {
        var counts = new int[Enum.GetValues<ContentKind>().Length];
        foreach (var file in files) counts[(int)file.Kind]++;
        Dictionary<string, T> ById<T>(ContentKind kind) => new(counts[(int)kind], StringComparer.Ordinal);
        var (exercises, progressions, explanations) = (ById<Exercise>(ContentKind.Exercise), ById<Progression>(ContentKind.Progression), ById<Explanation>(ContentKind.Explanation));
        var (regions, sources) = (ById<Region>(ContentKind.Region), ById<Source>(ContentKind.Source));
        var broken = new HashSet<(ContentKind Kind, string Id)>();
        foreach (var file in files)
        {
            if (file.IsBroken)
            {
                broken.Add((file.Kind, file.Id));
                continue;
            }
            _ = file.Item switch
            {
                Exercise item => exercises.TryAdd(item.Id, item),
                Progression item => progressions.TryAdd(item.Id, item),
                Explanation item => explanations.TryAdd(item.Id, item),
                Region item => regions.TryAdd(item.Id, item),
                Source item => sources.TryAdd(item.Id, item),
                _ => false,
            };
        }
        ReportDuplicateIds(files, duplicates);
        return new ContentSet(new SiteSettings(), exercises, progressions, explanations, regions, sources, [], broken);
    }

    /// <summary>The file's item, or null when its id is invalid or it failed to load.</summary>
    private static Item? Check(ContentFile file, DiagnosticBag diagnostics)
    {
        var idOk = IdRules.CheckFormat(file.Id, SourceSpan.WholeFile(file.Path) with { Length = 0 }, file.Kind.Noun(), diagnostics);
        if (file.Fields is null) return null;
        new ShapeValidator(diagnostics).Check(file.Fields, ContentSchemas.For(file.Kind));
        return idOk ? ItemBinder.Bind(file, new FieldReader(file.Fields, file.Path)) : null;
    }

    private static SiteSettings BindSite(ContentFile? file, ShapeValidator shapes, DiagnosticBag diagnostics)
    {
        if (file is null)
        {
            diagnostics.Error(Codes.MissingField, SourceSpan.WholeFile(Load.ContentScanner.SiteFile),
                "the site settings file content/site.yaml is missing", "create it with at least `title: Your site name`");
            return new SiteSettings();
        }
        if (file.Fields is null) return new SiteSettings();
        shapes.Check(file.Fields, ContentSchemas.Site);
        return ItemBinder.Site(new FieldReader(file.Fields, file.Path)) with { Fingerprint = file.Fingerprint };
    }

    // Ids that differ only by case would overwrite each other on case-insensitive disks (macOS, Windows).
    private static void ReportDuplicateIds(IReadOnlyList<CheckedFile> files, DiagnosticBag diagnostics)
    {
        var first = new Dictionary<(ContentKind, string), CheckedFile>(files.Count);
        Dictionary<(ContentKind Kind, string), List<CheckedFile>>? clashes = null; // made only when two ids clash
        foreach (var file in files)
        {
            var key = (file.Kind, file.Id.ToLowerInvariant());
            if (first.TryAdd(key, file)) continue;
            clashes ??= [];
            if (!clashes.TryGetValue(key, out var group)) clashes[key] = group = [first[key]];
            group.Add(file);
        }
        foreach (var (key, group) in clashes ?? [])
        {
            var ordered = group.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
            foreach (var duplicate in ordered.Skip(1))
            {
                diagnostics.Error(Codes.DuplicateId, SourceSpan.WholeFile(duplicate.Path) with { Length = 0 },
                    $"the {key.Kind.Noun()} id `{duplicate.Id}` clashes with {ordered[0].Path} (ids must differ by more than upper/lower case)",
                    "rename one of the files");
            }
        }
    }
}
