using System.CommandLine;

namespace RunnerGen.Cli.Commands;

/// <summary>Options several commands share, each created per command.</summary>
public static class CommonOptions
{
    /// <summary><c>--presets DIR</c>.</summary>
    public static Option<string> Presets() => new("--presets")
    {
        Description = "Folder with the preset files.",
        DefaultValueFactory = _ => "presets",
        HelpName = "DIR",
    };

    /// <summary><c>--out DIR</c>.</summary>
    public static Option<string> Out() => new("--out")
    {
        Description = "Output root; each preset gets a folder below it.",
        DefaultValueFactory = _ => "generated",
        HelpName = "DIR",
    };

    /// <summary><c>--templates DIR</c>.</summary>
    public static Option<string> Templates() => new("--templates")
    {
        Description = "Folder whose templates replace built-in ones of the same relative path (used when it exists).",
        DefaultValueFactory = _ => "templates",
        HelpName = "DIR",
    };

    /// <summary><c>--force</c>.</summary>
    public static Option<bool> Force() => new("--force")
    {
        Description = "Overwrite or remove generated files that were edited by hand, and replace files runnergen did not write; each is first kept as FILE.runnergen-backup.",
    };

    /// <summary><c>--stat</c>.</summary>
    public static Option<bool> Stat() => new("--stat")
    {
        Description = "One line per file with the number of lines added and removed, instead of the full diff.",
    };

    /// <summary><c>--quiet</c>.</summary>
    public static Option<bool> Quiet() => new("--quiet", "-q")
    {
        Description = "Print only the summary and errors, not a line per file.",
    };
}
