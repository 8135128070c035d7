using System.Buffers;
using System.Text;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using Trackside.Diagnostics;
using Trackside.Render.Pages;

namespace Trackside.Render;

/// <summary>Renders a planned page with its template inside <c>layout.sbn</c>. Safe to call from many threads.</summary>
public sealed class PageRenderer
{
    public const string LayoutTemplate = "layout.sbn";

    private readonly TemplateCatalog _catalog;
    private readonly DiagnosticBag _diagnostics;

    // One context per thread, reused for every page it renders: a fresh context per page costs its
    // built-in function table and re-parses every included partial (Scriban caches those per context).
    // Kept with the catalog, which a serve session reuses while the templates are unchanged.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<TemplateCatalog, ThreadLocal<ModelContext>> Contexts = new();
    private readonly ThreadLocal<ModelContext> _contexts;

    public PageRenderer(TemplateCatalog catalog, DiagnosticBag diagnostics)
    {
        _catalog = catalog;
        _diagnostics = diagnostics;
        // Strict: a misspelt variable or field in a template is an error, not silently empty output.
        _contexts = Contexts.GetValue(catalog, c => new ThreadLocal<ModelContext>(() => new ModelContext
        {
            StrictVariables = true, EnableRelaxedMemberAccess = false, TemplateLoader = c, LoopLimit = 0,
            // No cut-offs: by default Scriban shortens any value longer than 1 MiB and stops writing after 1 MiB,
            // counted over every page this context renders. Content files are limited where they are read.
            LimitToString = 0, OutputLimit = 0,
        }));
    }

    // Room for the variables templates set (chips, label, links, ...) without growing the table per page.
    private const int GlobalsCapacity = 32;

    /// <summary>Reads our page models through compiled getters (<see cref="RecordAccessor"/>) instead of reflection.</summary>
    private sealed class ModelContext() : TemplateContext(DirectInclude.Builtins())
    {
        /// <summary>Where the page's own template renders, before the layout places it.</summary>
        public StringBuilderOutput BodyOutput { get; } = new();

        protected override IObjectAccessor? GetMemberAccessorImpl(object target) =>
            RecordAccessor.For(target.GetType(), MemberRenamer) ?? base.GetMemberAccessorImpl(target);

        // The layout's {{ content }} copies the body from the builder it rendered into: no string of it
        // (some 12 KB per page, 170 MB for 14,000 pages) made only to be copied again.
        public override TemplateContext Write(Scriban.Parsing.SourceSpan span, object? textAsObject)
        {
            if (textAsObject is not PageBody body || CurrentIndent is not (null or "") || Output is not StringBuilderOutput output)
                return base.Write(span, textAsObject);
            output.Builder.Append(body.Html);
            return this;
        }

        // Anywhere else (a filter, an indented {{ content }}) the body is its text.
        public override string ObjectToString(object? value, bool nested = false) =>
            value is PageBody body ? body.Html.ToString() : base.ObjectToString(value, nested)!;
    }

    /// <summary>The rendered body, as the layout's <c>content</c>.</summary>
    private sealed record PageBody(StringBuilder Html);

    /// <summary>
    /// Renders the page and hands its HTML, as UTF-8, to <paramref name="write"/>; false after reporting a
    /// template error. The layout is written from the render context's own buffer: no string of the whole page.
    /// </summary>
    public bool Render(PagePlan page, LayoutModel layout, PageWriter write)
    {
        var body = _catalog.Get(page.Template + ".sbn", _diagnostics);
        var frame = _catalog.Get(LayoutTemplate, _diagnostics);
        if (body is null || frame is null) return false;

        var context = _contexts.Value!;
        var output = ((StringBuilderOutput)context.Output).Builder;
        var globals = new ScriptObject(GlobalsCapacity) { ["page"] = page.Model(), ["site"] = layout };
        context.PushGlobal(globals);
        try
        {
            context.PushOutput(context.BodyOutput);
            try
            {
                context.Evaluate(body.Page!); // both parsed without errors, so they have a page
            }
            finally
            {
                context.PopOutput();
            }
            globals["content"] = new PageBody(context.BodyOutput.Builder);
            context.Evaluate(frame.Page!);
            WriteUtf8(page.Path, output, write);
            return true;
        }
        catch (ScriptRuntimeException e)
        {
            _diagnostics.Error(Codes.TemplateRender, TemplateSpans.From(e.Span),
                $"the template failed: {e.OriginalMessage.TrimEnd('.')}",
                "templates receive the fields listed in the README; check the spelling of the name");
            return false;
        }
        finally
        {
            output.Clear(); // also what a failed page left, as the context renders the next page too
            context.BodyOutput.Builder.Clear();
            context.PopGlobal();
        }
    }

    private static void WriteUtf8(string path, StringBuilder html, PageWriter write)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(html.Length));
        try
        {
            var encoder = Encoding.UTF8.GetEncoder(); // keeps a surrogate pair split across two chunks whole
            var length = 0;
            foreach (var chunk in html.GetChunks())
                length += encoder.GetBytes(chunk.Span, buffer.AsSpan(length), flush: false);
            length += encoder.GetBytes([], buffer.AsSpan(length), flush: true);
            write(path, buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}

/// <summary>Receives a rendered page: its site path and its HTML as UTF-8 (valid only during the call).</summary>
public delegate void PageWriter(string path, ReadOnlySpan<byte> html);
