namespace RunnerGen.Cli.Help;

/// <summary>What every command's <c>--help</c> adds to the generated text: examples and the exit codes it can return.</summary>
public static class CommandHelp
{
    /// <summary>Usage lines for the root help, with optional arguments in brackets.</summary>
    public static readonly IReadOnlyList<(string Usage, string Summary)> Commands =
    [
        ("new [NAME] --strategy S", "Write a preset for a strategy (from its descriptor), then render it."),
        ("generate [PRESET...]", "Render every preset (or the named ones) into generated/."),
        ("check", "Compare generated/ with a fresh render; exit 1 on drift. Writes nothing."),
        ("diff --base REF", "Show how the generated files change since a git revision, security first."),
        ("explain PRESET", "What a preset needs, its Pod Security levels, findings and alternatives."),
        ("audit PATH...", "Check files you already have against a trust level."),
        ("apply PRESET --config PATH", "Merge a preset's runner into a live config.toml, with a backup."),
        ("schema", "Print the JSON Schema of the preset format."),
        ("help [COMMAND]", "Show help for runnergen or one command."),
    ];

    /// <summary>Examples for each command, by name.</summary>
    public static IReadOnlyList<string> Examples(string command) => command switch
    {
        "new" => ["runnergen new web --strategy kaniko", "runnergen new --strategy buildah --trust internal --platform gitlab"],
        "generate" => ["runnergen generate", "runnergen generate web api --quiet", "runnergen generate --force   # replace hand edits, keeping FILE.runnergen-backup"],
        "check" => ["runnergen check", "runnergen check --stat"],
        "diff" => ["runnergen diff --base origin/main", "runnergen diff --base origin/main --format markdown --fail-on-risk-increase", "runnergen diff --base HEAD~1 --stat"],
        "explain" => ["runnergen explain untrusted-kaniko", "runnergen explain web --format json"],
        "audit" => ["runnergen audit /etc/gitlab-runner/config.toml --trust untrusted", "runnergen audit k8s/ --format sarif > runnergen.sarif", "runnergen audit .github/workflows --error-format gnu"],
        "apply" => ["runnergen apply web --config /etc/gitlab-runner/config.toml --dry-run"],
        "schema" => ["runnergen schema > presets/runnergen.schema.json"],
        "help" => ["runnergen help", "runnergen help generate"],
        _ => ["runnergen new web --strategy kaniko", "runnergen generate", "runnergen check --stat", "runnergen help generate"],
    };

    /// <summary>The exit codes a command returns, each with when.</summary>
    public static IReadOnlyList<(int Code, string When)> ExitCodes(string command)
    {
        (int, string)[] specific = command switch
        {
            "new" => [(0, "the preset was written and rendered"), (1, "the strategy exceeds the trust level"), (2, "bad command line or input (the preset exists, a file is in the way)")],
            "generate" => [(0, "written (or already up to date)"), (1, "a preset was refused by the trust policy"), (2, "bad command line or input, or a file edited by hand or in the way (see --force)")],
            "check" => [(0, "everything is up to date"), (1, "drift (missing, changed, stale, edited by hand) or a refused preset"), (2, "bad command line or input")],
            "diff" => [(0, "done"), (1, "risk rises and --fail-on-risk-increase is given"), (2, "bad command line or input, or git could not read the revision")],
            "explain" => [(0, "explained (also when the preset is refused)"), (2, "bad command line, no such preset, or bad input")],
            "audit" => [(0, "no finding exceeds the trust level"), (1, "a finding exceeds it"), (2, "a file cannot be read, nothing was audited, or a file was skipped with --strict")],
            "apply" => [(0, "merged (or, with --dry-run, shown)"), (1, "the preset was refused by the trust policy"), (2, "bad command line or input (no such file, unparsable or unsafe config.toml)")],
            "schema" or "help" => [(0, "done"), (2, "bad command line")],
            _ => [(0, "done"), (1, "refused by the trust policy, drift (check), a finding over the trust level (audit), or risk rising (diff --fail-on-risk-increase)"), (2, "bad command line or input (a preset or template error, a file in the way or edited by hand, a git error); nothing was written")],
        };
        return [.. specific, (70, "a bug in runnergen (please report it with the printed stack trace)")];
    }

    /// <summary>Writes the examples and exit codes of <paramref name="command"/>.</summary>
    public static void WriteFooter(TextWriter output, string command)
    {
        output.WriteLine("Examples:");
        foreach (var example in Examples(command))
        {
            output.WriteLine($"  {example}");
        }

        output.WriteLine();
        output.WriteLine("Exit codes:");
        foreach (var (code, when) in ExitCodes(command))
        {
            output.WriteLine($"  {code,-3} {when}");
        }

        output.WriteLine();
    }
}
