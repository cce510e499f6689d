using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace RunnerGen.Rendering;

/// <summary>
/// A Scriban function backed by a delegate, without reflection (safe for NativeAOT and trimming). It takes
/// <paramref name="parameterCount"/> arguments, or that many and more when <paramref name="variadic"/>.
/// </summary>
public sealed class ScriptFunction(string name, int parameterCount, Func<ScriptArray, object?> body, bool variadic = false) : IScriptCustomFunction
{
    /// <summary>The full name, such as <c>yaml.str</c>.</summary>
    public string Name => name;

    /// <inheritdoc />
    public int RequiredParameterCount => parameterCount;

    /// <inheritdoc />
    public int ParameterCount => variadic ? parameterCount + 1 : parameterCount;

    /// <inheritdoc />
    public ScriptVarParamKind VarParamKind => variadic ? ScriptVarParamKind.Direct : ScriptVarParamKind.None;

    /// <inheritdoc />
    public Type ReturnType => typeof(object);

    /// <inheritdoc />
    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), $"arg{index}");

    /// <inheritdoc />
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (variadic ? arguments.Count < parameterCount : arguments.Count != parameterCount)
        {
            throw new ScriptRuntimeException(callerContext?.Span ?? default, $"{name} takes {parameterCount}{(variadic ? " or more" : string.Empty)} argument(s); got {arguments.Count}");
        }

        try
        {
            return body(arguments);
        }
        catch (ArgumentException ex)
        {
            throw new ScriptRuntimeException(callerContext?.Span ?? default, $"{name}: {ex.Message}");
        }
    }

    /// <inheritdoc />
    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
