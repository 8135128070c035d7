using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using Trackside.Diagnostics;
using Trackside.Render.Pages;

namespace Trackside.Render;

/// <summary>Renders a planned page with its template inside <c>layout.sbn</c>.</summary>
public sealed class PageRenderer(TemplateCatalog catalog, DiagnosticBag diagnostics)
{
    public const string LayoutTemplate = "layout.sbn";

    /// <summary>The page's HTML, or null after reporting a template error.</summary>
    public string? Render(PagePlan page, LayoutModel layout)
    {
        var body = catalog.Get(page.Template + ".sbn", diagnostics);
        var frame = catalog.Get(LayoutTemplate, diagnostics);
        if (body is null || frame is null) return null;

        // Strict: a misspelt variable in a template is an error, not silently empty output.
        var context = new TemplateContext { StrictVariables = true, EnableRelaxedMemberAccess = false, TemplateLoader = catalog, LoopLimit = 0 };
        var globals = new ScriptObject { ["page"] = page.Model, ["site"] = layout };
        context.PushGlobal(globals);
        try
        {
            globals["content"] = body.Render(context);
            return frame.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            diagnostics.Error(Codes.TemplateRender, TemplateSpans.From(e.Span),
                $"the template failed: {e.OriginalMessage.TrimEnd('.')}",
                "templates receive the fields listed in the README; check the spelling of the name");
            return null;
        }
    }
}
