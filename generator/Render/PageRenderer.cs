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
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<TemplateCatalog, ThreadLocal<TemplateContext>> Contexts = new();
    private readonly ThreadLocal<TemplateContext> _contexts;

    public PageRenderer(TemplateCatalog catalog, DiagnosticBag diagnostics)
    {
        _catalog = catalog;
        _diagnostics = diagnostics;
        // Strict: a misspelt variable or field in a template is an error, not silently empty output.
        _contexts = Contexts.GetValue(catalog, c => new ThreadLocal<TemplateContext>(() => new ModelContext
        {
            StrictVariables = true, EnableRelaxedMemberAccess = false, TemplateLoader = c, LoopLimit = 0,
        }));
    }

    // Room for the variables templates set (chips, label, links, ...) without growing the table per page.
    private const int GlobalsCapacity = 32;

    /// <summary>Reads our page models through compiled getters (<see cref="RecordAccessor"/>) instead of reflection.</summary>
    private sealed class ModelContext() : TemplateContext(DirectInclude.Builtins())
    {
        protected override IObjectAccessor? GetMemberAccessorImpl(object target) =>
            RecordAccessor.For(target.GetType(), MemberRenamer) ?? base.GetMemberAccessorImpl(target);
    }

    /// <summary>The page's HTML, or null after reporting a template error.</summary>
    public string? Render(PagePlan page, LayoutModel layout)
    {
        var body = _catalog.Get(page.Template + ".sbn", _diagnostics);
        var frame = _catalog.Get(LayoutTemplate, _diagnostics);
        if (body is null || frame is null) return null;

        var context = _contexts.Value!;
        var globals = new ScriptObject(GlobalsCapacity) { ["page"] = page.Model(), ["site"] = layout };
        context.PushGlobal(globals);
        try
        {
            globals["content"] = body.Render(context);
            return frame.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            _diagnostics.Error(Codes.TemplateRender, TemplateSpans.From(e.Span),
                $"the template failed: {e.OriginalMessage.TrimEnd('.')}",
                "templates receive the fields listed in the README; check the spelling of the name");
            return null;
        }
        finally
        {
            context.PopGlobal();
        }
    }
}
