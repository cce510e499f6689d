using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace RunnerGen.Rendering;

/// <summary>A Scriban function backed by a delegate, without reflection (safe for NativeAOT and trimming).</summary>
public sealed class ScriptFunction(string name, int parameterCount, Func<ScriptArray, object?> body) : IScriptCustomFunction
{
    /// <summary>The full name, such as <c>yaml.str</c>.</summary>
    public string Name => name;

    /// <inheritdoc />
    public int RequiredParameterCount => parameterCount;

    /// <inheritdoc />
    public int ParameterCount => parameterCount;

    /// <inheritdoc />
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    /// <inheritdoc />
    public Type ReturnType => typeof(object);

    /// <inheritdoc />
    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), $"arg{index}");

    /// <inheritdoc />
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count != parameterCount)
        {
            throw new ScriptRuntimeException(callerContext?.Span ?? default, $"{name} takes {parameterCount} argument(s); got {arguments.Count}");
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
