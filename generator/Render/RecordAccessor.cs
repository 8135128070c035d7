using System.Collections.Concurrent;
using System.Reflection;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Trackside.Render;

/// <summary>
/// Lets templates read the public properties of our page models (<c>page.title</c>) through delegates
/// made once per property, shared by every render context. Scriban's own accessor calls each
/// getter through reflection, which boxes its arguments and goes through an invoke stub on every read:
/// a build reads hundreds of thousands of fields. Names are Scriban's (<c>PageTitle</c> → <c>page_title</c>).
/// </summary>
internal sealed class RecordAccessor : IObjectAccessor
{
    private static readonly ConcurrentDictionary<Type, RecordAccessor> ByType = new();

    private readonly Dictionary<string, Func<object, object?>> _getters;

    private RecordAccessor(Type type, MemberRenamerDelegate rename) =>
        _getters = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
            .ToDictionary(p => rename(p), Getter, StringComparer.Ordinal);

    /// <summary>The accessor of a model type, or null for types templates do not receive from us.</summary>
    /// <remarks>The renamer is the context's, which is Scriban's standard one for every context we make.</remarks>
    public static RecordAccessor? For(Type type, MemberRenamerDelegate rename) =>
        type.Assembly == typeof(RecordAccessor).Assembly && !typeof(System.Collections.IEnumerable).IsAssignableFrom(type) && !typeof(IScriptObject).IsAssignableFrom(type)
            ? ByType.GetOrAdd(type, t => new RecordAccessor(t, rename))
            : null;

    // A delegate bound straight to the property's getter: no expression tree to compile, and for
    // reference-typed records and values one shared instantiation, so start-up jits next to nothing.
    private static Func<object, object?> Getter(PropertyInfo property) =>
        (Func<object, object?>)TypedGetterMethod.MakeGenericMethod(property.DeclaringType!, property.PropertyType)
            .Invoke(null, [property.GetMethod])!;

    private static readonly MethodInfo TypedGetterMethod =
        typeof(RecordAccessor).GetMethod(nameof(TypedGetter), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static Func<object, object?> TypedGetter<TRecord, TValue>(MethodInfo getter)
    {
        var get = getter.CreateDelegate<Func<TRecord, TValue>>();
        return target => get((TRecord)target);
    }

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => _getters.Count;

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => _getters.Keys;

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => _getters.ContainsKey(member);

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        value = _getters.TryGetValue(member, out var get) ? get(target) : null;
        return get is not null;
    }

    // Models are read-only, and have no indexer.
    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) => false;

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value)
    {
        value = null;
        return false;
    }

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => false;

    public bool HasIndexer => false;

    public Type? IndexType => null;
}
