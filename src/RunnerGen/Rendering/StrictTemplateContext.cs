using Scriban;
using Scriban.Syntax;

namespace RunnerGen.Rendering;

/// <summary>
/// Scriban configured for a generator: unknown variables are errors, member access is strict, newlines are LF,
/// culture is invariant, loops are bounded, and a preset value printed without an emitter fails the render.
/// </summary>
public sealed class StrictTemplateContext : TemplateContext
{
    /// <summary>Creates the context.</summary>
    public StrictTemplateContext()
        : base(new LazyBuiltins())
    {
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        EnableRelaxedTargetAccess = false;
        EnableRelaxedFunctionAccess = false;
        EnableRelaxedIndexerAccess = false;
        NewLine = "\n";
        LoopLimit = 10_000;
        // Templates see only the ScriptObjects of the render model, never .NET members (no reflection, no way around
        // the emitters through PresetText.Value).
        MemberFilter = _ => false;
        PushCulture(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public override string? ObjectToString(object? value, bool nested = false)
    {
        if (value is PresetText text)
        {
            throw new ScriptRuntimeException(CurrentSpan, $"the preset value '{Preview(text.Value)}' is written without an emitter; use yaml.str, toml.str, sh.word or gh.str so it is escaped for its format");
        }

        return base.ObjectToString(value, nested);
    }

    private static string Preview(string value) => value.Length > 40 ? value[..40] + "…" : value;
}
