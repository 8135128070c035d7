namespace Trackside.Diagnostics;

/// <summary>
/// Every diagnostic the generator can report. The README's error reference lists these; codes never change meaning.
/// </summary>
public static class Codes
{
    // Y: reading files and YAML.
    public static readonly DiagnosticCode YamlSyntax = new("Y001", "yaml-syntax", "The file is not valid YAML: usually a missing space after a colon, a tab used for indenting, or an unclosed quote or bracket.");
    public static readonly DiagnosticCode NotUtf8 = new("Y002", "not-utf8", "Files must be saved as UTF-8. Re-save the file as UTF-8 in your editor.");
    public static readonly DiagnosticCode EmptyFile = new("Y003", "empty-file", "The file has no content. Fill it in or delete it.");
    public static readonly DiagnosticCode FileTooLarge = new("Y004", "file-too-large", "The file is larger than the per-file limit; content files are small text files.");
    public static readonly DiagnosticCode UnsupportedYaml = new("Y005", "unsupported-yaml", "Anchors, aliases, tags and merge keys are refused: write each value out in full.");
    public static readonly DiagnosticCode TooDeep = new("Y006", "too-deep", "The YAML is nested deeper than any content file needs.");
    public static readonly DiagnosticCode DuplicateKey = new("Y007", "duplicate-key", "A field appears twice in the same block; only one can be kept.");
    public static readonly DiagnosticCode FrontMatter = new("Y008", "front-matter", "An explanation starts with a front matter block between two '---' lines.");
    public static readonly DiagnosticCode MultipleDocuments = new("Y009", "multiple-documents", "A content file holds one YAML document; a second '---' starts another.");
    public static readonly DiagnosticCode Unreadable = new("Y010", "unreadable-file", "The file could not be read.");
    public static readonly DiagnosticCode ControlCharacter = new("Y012", "control-character", "The file holds an invisible control character (such as NUL) that has no place in text; often a sign of a damaged or binary file.");
    public static readonly DiagnosticCode IgnoredFile = new("Y011", "ignored-file", "The file is not in a place the generator reads, so it is left out of the site.");

    // V: the shape of each item.
    public static readonly DiagnosticCode MissingField = new("V101", "missing-field", "A required field is missing.");
    public static readonly DiagnosticCode WrongType = new("V102", "wrong-type", "The value has the wrong form, e.g. a single value where a list is expected.");
    public static readonly DiagnosticCode InvalidValue = new("V103", "invalid-value", "The value is not one of those allowed for this field.");
    public static readonly DiagnosticCode UnknownField = new("V104", "unknown-field", "The field is not part of this kind of file; often a typo.");
    public static readonly DiagnosticCode InvalidId = new("V105", "invalid-id", "Ids (file names) use lowercase a-z, 0-9 and '-' only, since they become web addresses.");
    public static readonly DiagnosticCode DuplicateId = new("V106", "duplicate-id", "Two items have the same id, or ids that differ only by upper/lower case.");
    public static readonly DiagnosticCode EmptyValue = new("V107", "empty-value", "The field is present but empty.");

    // L: links between items.
    public static readonly DiagnosticCode UnknownItem = new("L201", "unknown-item", "A link or id names an item that does not exist.");
    public static readonly DiagnosticCode UnknownClaim = new("L202", "unknown-claim", "A citation names a claim that its source does not have.");
    public static readonly DiagnosticCode UnknownAnchor = new("L203", "unknown-anchor", "A link's #anchor matches no heading or claim on the target page.");
    public static readonly DiagnosticCode UnsafeLink = new("L204", "unsafe-link", "Links that run code (javascript:, data:, vbscript:) are refused.");
    public static readonly DiagnosticCode UnknownScheme = new("L205", "unknown-scheme", "A link uses a scheme the site does not know; item links are exercise:, progression:, explanation:, region: and source:.");
    public static readonly DiagnosticCode MissingAsset = new("L206", "missing-asset", "An image names a file that is not in content/assets/.");
    public static readonly DiagnosticCode MissingAlt = new("L207", "missing-alt", "Images need a text alternative for athletes using screen readers.");
    public static readonly DiagnosticCode SelfLink = new("L208", "self-link", "An item names itself where another item is expected.");

    // T: templates.
    public static readonly DiagnosticCode TemplateSyntax = new("T301", "template-syntax", "A template does not parse.");
    public static readonly DiagnosticCode TemplateRender = new("T302", "template-render", "A template failed while rendering a page, e.g. it names a variable that does not exist.");
    public static readonly DiagnosticCode TemplateMissing = new("T303", "template-missing", "A template the site needs was not found in the site's templates or the built-in ones.");

    // O: writing the site.
    public static readonly DiagnosticCode OutputFailed = new("O401", "output-failed", "The site could not be written; the previously published site is unchanged.");

    public static IReadOnlyList<DiagnosticCode> All { get; } =
        typeof(Codes).GetFields()
            .Where(f => f.FieldType == typeof(DiagnosticCode))
            .Select(f => (DiagnosticCode)f.GetValue(null)!)
            .ToList();
}
