using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;

namespace RunnerGen.Rendering;

/// <summary>
/// Scriban's builtins, built on first use. Building Scriban's full function library (<c>string.*</c>, <c>array.*</c>, …)
/// takes about 15 ms on first use, a third of a cold start; the built-in templates need only <c>include</c>. A template
/// override that uses any other builtin gets the full library the first time it asks.
/// </summary>
public sealed class LazyBuiltins : ScriptObject
{
    private ScriptObject? _full;

    /// <summary>Creates the builtins with <c>include</c> ready.</summary>
    public LazyBuiltins()
    {
        SetValue("include", new IncludeFunction(), readOnly: true);
    }

    private ScriptObject Full => _full ??= new BuiltinFunctions();

    /// <inheritdoc />
    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object value)
    {
        if (base.TryGetValue(context, span, member, out var own))
        {
            value = own!;
            return true;
        }

        var found = Full.TryGetValue(context, span, member, out var builtin);
        value = builtin!;
        return found;
    }

    /// <inheritdoc />
    public override bool Contains(string member) => base.Contains(member) || Full.Contains(member);
}
