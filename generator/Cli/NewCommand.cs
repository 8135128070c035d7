using System.CommandLine;
using System.Text;
using Trackside.Diagnostics;
using Trackside.Model;
using Trackside.Scaffold;
using Trackside.Validate;

namespace Trackside.Cli;

/// <summary>
/// <c>new KIND ID</c>: writes a commented starter file for a new item that builds as it is.
/// Never overwrites a file; refuses bad ids, unknown kinds and clashes with exit code 2.
/// </summary>
internal static class NewCommand
{
    private static readonly string KindList = string.Join(", ", StarterFiles.Kinds.Select(k => k.Noun()));

    public static Command Create(TextWriter output, TextWriter error)
    {
        var kind = new Argument<string>("kind") { Description = $"What to create: {KindList}." };
        var id = new Argument<string>("id") { Description = "The new item's id, which is also its file name and web address: lowercase a-z, 0-9 and '-', e.g. calf-raise." };
        var title = new Option<string?>("--title", "-t") { Description = "The title shown on the page (default: the id as words, e.g. \"Calf raise\")." };
        var source = SourceOptions.Source();
        var command = new Command("new", "Create a commented starter file for a new item, ready to fill in.") { kind, id, title, source };
        command.SetAction(parsed => Run(parsed.GetValue(kind)!, parsed.GetValue(id)!, parsed.GetValue(title), parsed.GetValue(source)!, output, error));
        return command;
    }

    private static int Run(string kindName, string id, string? title, DirectoryInfo source, TextWriter output, TextWriter error)
    {
        if (ContentKinds.FromNoun(kindName) is not { } kind || !StarterFiles.Kinds.Contains(kind))
            return Refuse(error, $"unknown kind `{kindName}`; `new` creates one of: {KindList}",
                Suggest.DidYouMean(kindName, StarterFiles.Kinds.Select(k => k.Noun())));
        if (IdProblem(id, kind) is { } idProblem)
            return Refuse(error, idProblem.Message, ExistingHint(source, kind, idProblem.FixedId) ?? (idProblem.FixedId is { } fixedId ? $"use `{fixedId}`" : null));

        title = title is null ? StarterContext.TitleFromId(id) : title.Trim();
        if (TitleProblem(title) is { } titleProblem)
            return Refuse(error, titleProblem, "write the title in quotes on one line, e.g. --title \"Calf raise\"");

        var folder = SourceOptions.Resolve(source, error);
        if (folder is null) return ExitCodes.UsageError;

        var relative = StarterFiles.RelativePath(kind, id);
        if (SiteIds.Clash(folder, kind, id) is { } existing)
        {
            var existingId = Path.GetFileNameWithoutExtension(existing);
            return existing == relative
                ? Refuse(error, $"{existing} already exists; `new` never overwrites a file", "choose another id, or edit the existing file")
                : existingId == id
                    ? Refuse(error, $"{existing} already uses the id `{id}`", $"rename it to {id}{kind.FileExtension()} so the build reads it, or choose another id")
                    : Refuse(error, $"the {kind.Noun()} id `{id}` clashes with {existing} (ids must differ by more than upper/lower case)",
                        "choose another id, or edit the existing file");
        }

        var context = new StarterContext(id, title,
            Region: SiteIds.Of(folder, ContentKind.Region).FirstOrDefault(),
            Exercise: SiteIds.Of(folder, ContentKind.Exercise).FirstOrDefault(),
            Today: DateOnly.FromDateTime(DateTime.Now));
        // A starter file must build as it is, so the items it has to link to must exist first.
        if (kind == ContentKind.Exercise && context.Region is null)
            return Refuse(error, $"an exercise needs at least one region, and {ContentKind.Region.SourceFolder()}/ has none yet",
                "create one first, e.g. `new region ankle`");
        if (kind == ContentKind.Progression && context.Exercise is null)
            return Refuse(error, $"each stage of a progression names an exercise, and {ContentKind.Exercise.SourceFolder()}/ has none yet",
                "create one first, e.g. `new exercise calf-raise`");

        var path = Path.Combine(folder, relative);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            // CreateNew: if the file appeared since the check above, fail rather than overwrite it.
            using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            file.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(StarterFiles.Text(kind, context)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Refuse(error, $"could not create {relative}: {e.Message}", File.Exists(path) ? "the file already exists; `new` never overwrites a file" : null);
        }

        output.WriteLine($"Created {relative}");
        output.WriteLine($"Next: edit it (replace each TODO), then run `{NextCommand(folder)}` to see {Render.SitePaths.Item(kind, id)}.");
        return ExitCodes.Success;
    }

    /// <summary>Why an id cannot be used, with the valid id it probably should be; null for a good id.</summary>
    internal static (string Message, string? FixedId)? IdProblem(string id, ContentKind kind)
    {
        if (IdRules.IsValid(id)) return null;
        var what = kind.Noun();
        var message = id.Length > IdRules.MaxLength ? $"the {what} id is {id.Length} characters long; the limit is {IdRules.MaxLength}"
            : IdRules.IsDeviceName(id) ? $"`{id}` cannot be used as an id: Windows reserves it for a device"
            : $"`{id}` is not a valid {what} id: ids become file names and web addresses, so use lowercase a-z, 0-9 and single '-' only";
        var fixedId = IdRules.Slug(id);
        if (IdRules.IsDeviceName(fixedId)) fixedId += "-" + what;
        return (message, IdRules.IsValid(fixedId) ? fixedId : null);
    }

    // When the id a coach probably meant is taken, say so rather than suggest it.
    private static string? ExistingHint(DirectoryInfo source, ContentKind kind, string? fixedId) =>
        fixedId is not null && Directory.Exists(Path.Combine(source.FullName, "content")) && SiteIds.Clash(source.FullName, kind, fixedId) is { } existing
            ? $"{existing} already exists: edit it, or choose another id"
            : null;

    private static string? TitleProblem(string title)
    {
        if (title.Length == 0) return "the title is empty";
        if (title.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029'))
            return "the title must be one line of text, without line breaks or control characters";
        for (var i = 0; i < title.Length; i++)
        {
            if (char.IsHighSurrogate(title[i]) && i + 1 < title.Length && char.IsLowSurrogate(title[i + 1])) i++;
            else if (char.IsSurrogate(title[i])) return "the title holds a character that is not valid Unicode";
        }
        return null;
    }

    // The build command to run next, with --source when the site is not the current folder.
    private static string NextCommand(string folder)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), folder);
        if (relative == ".") return "build";
        relative = relative.Replace('\\', '/');
        return relative.Any(c => char.IsWhiteSpace(c) || c is '\'' or '"' or '$' or '`' or '&' or ';' or '(' or ')')
            ? $"build --source \"{folder}\""
            : $"build --source {relative}";
    }

    private static int Refuse(TextWriter error, string message, string? hint)
    {
        error.WriteLine($"error: {message}");
        if (hint is not null) error.WriteLine($"  hint: {hint}");
        return ExitCodes.UsageError;
    }
}
