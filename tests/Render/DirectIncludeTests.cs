using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Trackside.Render;

namespace Trackside.Tests.Render;

/// <summary>Our include writes partials straight into the page; its text must equal Scriban's own include's.</summary>
public sealed class DirectIncludeTests
{
    private static readonly Dictionary<string, string> Partials = new()
    {
        ["_item.sbn"] = "{{~ # a comment ~}}\n<li>{{ item }}</li>\n",
        ["_list.sbn"] = "<ul>\n{{~ for item in items }}\n  {{~ include '_item.sbn' }}\n{{~ end }}\n</ul>",
        ["_args.sbn"] = "[{{ $0 }}|{{ $1 }}]",
        ["_local.sbn"] = "{{ x = 'inner' }}{{ x }}",
        ["_lines.sbn"] = "one\ntwo\n",
    };

    [Theory]
    [InlineData("{{ include '_list.sbn' }}")]
    [InlineData("<div>\n  {{~ include '_list.sbn' }}\n</div>")]
    [InlineData("<div>\n  {{ include '_lines.sbn' }}\n  {{ include '_lines.sbn' }}after\n</div>")]
    [InlineData("{{ include '_args.sbn' 'a' 42 }}")]
    [InlineData("{{ x = 'outer' }}{{ include '_local.sbn' }}{{ x }}")]
    [InlineData("{{ for i in 1..3 }}{{ include '_lines.sbn' }}{{ end }}")]
    [InlineData("{{ text = include '_lines.sbn' }}<{{ text | string.strip }}>")]
    [InlineData("{{ include '_item.sbn' }}{{ include '_item.sbn' }}")]
    public void Renders_what_Scribans_include_renders(string page)
    {
        Assert.Equal(Render(page, new TemplateContext()), Render(page, new TemplateContext(DirectInclude.Builtins())));
    }

    // Two pages per context, as a build renders many with one context per thread.
    private static string Render(string page, TemplateContext context)
    {
        context.TemplateLoader = new Loader();
        context.StrictVariables = true;
        var template = Template.Parse(page);
        var globals = new ScriptObject { ["items"] = new[] { "a", "b" }, ["item"] = "outside" };
        context.PushGlobal(globals);
        var first = template.Render(context);
        var second = template.Render(context);
        context.PopGlobal();
        Assert.Equal(first, second);
        return first;
    }

    private sealed class Loader : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => Partials[templatePath];

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            ValueTask.FromResult<string?>(Partials[templatePath]);
    }
}
