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

    // Every file's item, grouped by kind and id; ids that clash are reported to duplicates.
    private static ContentSet Group(IReadOnlyList<CheckedFile> files, DiagnosticBag duplicates)
    {
        var items = files.Where(f => !f.IsBroken).Select(f => f.Item).OfType<Item>().ToList();
        var broken = files.Where(f => f.IsBroken).Select(f => (f.Kind, f.Id)).ToHashSet();
        ReportDuplicateIds(files, duplicates);
        return new ContentSet(
            new SiteSettings(),
            ById<Exercise>(items), ById<Progression>(items), ById<Explanation>(items), ById<Region>(items), ById<Source>(items),
            [],
            broken);
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
    private static void ReportDuplicateIds(IEnumerable<CheckedFile> files, DiagnosticBag diagnostics)
    {
        var groups = files.GroupBy(f => (f.Kind, Id: f.Id.ToLowerInvariant())).Where(g => g.Count() > 1);
        foreach (var group in groups)
        {
            var ordered = group.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
            foreach (var duplicate in ordered.Skip(1))
            {
                diagnostics.Error(Codes.DuplicateId, SourceSpan.WholeFile(duplicate.Path) with { Length = 0 },
                    $"the {group.Key.Kind.Noun()} id `{duplicate.Id}` clashes with {ordered[0].Path} (ids must differ by more than upper/lower case)",
                    "rename one of the files");
            }
        }
    }

    private static IReadOnlyDictionary<string, T> ById<T>(IEnumerable<Item> items) where T : Item =>
        items.OfType<T>().GroupBy(i => i.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
}
