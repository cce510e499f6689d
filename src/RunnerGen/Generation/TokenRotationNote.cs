using RunnerGen.Model;
using RunnerGen.Presets;

namespace RunnerGen.Generation;

/// <summary>What happens to the <c>${VARIABLE}</c> token reference of a generated config.toml when the token rotates.</summary>
public static class TokenRotationNote
{
    /// <summary>One line for people who put the generated runner into a live config.toml.</summary>
    public static string For(Preset preset) => preset.Runner.TokenRotation == "runner"
        ? $"token: the runner rotates it and saves this file back with the literal token in place of ${{{preset.Runner.TokenVariable}}}; keep this file writable (mode 0600) and out of git."
        : $"token: automatic rotation is off (FF_DISABLE_AUTOMATIC_TOKEN_ROTATION), so ${{{preset.Runner.TokenVariable}}} stays in the file; rotate the token from outside and restart the runner (or set runner.tokenRotation: runner to let the runner rewrite this file with the literal token).";
}
