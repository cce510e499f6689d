using System.Text.RegularExpressions;
using RunnerGen.Yaml;

namespace RunnerGen.Policy;

/// <summary>
/// RG1031: <c>${{ }}</c> expressions that put text other people write (titles, bodies, comments, branch names, commit
/// messages and authors) into a <c>run:</c> script or an actions/github-script <c>script</c>, directly or through an
/// <c>env</c> value read back with <c>${{ env.NAME }}</c>.
/// </summary>
public static partial class ExpressionInjectionRules
{
    /// <summary>Adds the workflow's injection findings; <paramref name="content"/> (the file's text) places them on the expression's line.</summary>
    public static void Check(YMapping workflow, string content, List<Finding> findings)
    {
        var lines = content.Split('\n');
        var workflowEnv = Tainted(workflow.Map("env"), []);
        foreach (var jobEntry in workflow.Map("jobs")?.Entries ?? [])
        {
            if (jobEntry.Value is not YMapping job)
            {
                continue;
            }

            var jobEnv = Tainted(job.Map("env"), workflowEnv);
            foreach (var step in job.Items("steps").OfType<YMapping>())
            {
                var env = Tainted(step.Map("env"), jobEnv);
                if (step.Scalar("run") is { } run)
                {
                    Report(run, "run:", env, jobEntry.Key, lines, findings);
                }

                if (step.Text("uses")?.StartsWith("actions/github-script@", StringComparison.Ordinal) == true && step.Map("with").Scalar("script") is { } script)
                {
                    Report(script, "actions/github-script script", env, jobEntry.Key, lines, findings);
                }
            }
        }
    }

    /// <summary>True when the expression text (between <c>${{</c> and <c>}}</c>) reads a value anyone can write.</summary>
    public static bool IsAttackerControlled(string expression) => AttackerContext().IsMatch(expression);

    private static void Report(YScalar script, string where, HashSet<string> taintedEnv, string job, string[] lines, List<Finding> findings)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match match in Interpolation().Matches(script.Value))
        {
            var expression = match.Groups[1].Value.Trim();
            var viaEnv = EnvReference().Matches(expression).Select(m => m.Groups[1].Value).FirstOrDefault(taintedEnv.Contains);
            if ((IsAttackerControlled(expression) || viaEnv is not null) && seen.Add(expression))
            {
                var what = viaEnv is null
                    ? $"job '{job}' puts ${{{{ {expression} }}}} into its {where}; anyone who can write that value can run code in the job."
                    : $"job '{job}' puts ${{{{ {expression} }}}} into its {where}; env.{viaEnv} holds a value anyone can write.";
                findings.Add(new(AuditRules.ExpressionInjection, Place(script, match.Index, lines), what));
            }
        }
    }

    private static Diagnostics.SourceLocation Place(YScalar script, int index, string[] lines)
    {
        // A block scalar (| or >) starts on the line after its indicator: put the finding on the expression's own
        // line, at its first non-blank column. Any other scalar: where it starts.
        var at = script.Location;
        var line = at.Line >= 1 && at.Line <= lines.Length ? lines[at.Line - 1] : string.Empty;
        if (at.Column < 1 || at.Column > line.Length || line[at.Column - 1] is not ('|' or '>'))
        {
            return at;
        }

        var target = at.Line + 1 + script.Value[..index].Count(c => c == '\n');
        var text = target <= lines.Length ? lines[target - 1] : string.Empty;
        return at with { Line = target, Column = text.Length - text.TrimStart(' ').Length + 1 };
    }

    private static HashSet<string> Tainted(YMapping? env, HashSet<string> inherited)
    {
        var result = new HashSet<string>(inherited, StringComparer.Ordinal);
        foreach (var entry in env?.Entries ?? [])
        {
            if (entry.Value is YScalar value && Interpolation().Matches(value.Value).Any(m => IsAttackerControlled(m.Groups[1].Value)))
            {
                result.Add(entry.Key);
            }
            else
            {
                result.Remove(entry.Key);
            }
        }

        return result;
    }

    [GeneratedRegex(@"\$\{\{(.*?)\}\}", RegexOptions.Singleline)]
    private static partial Regex Interpolation();

    [GeneratedRegex(@"\benv\.([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex EnvReference();

    // Values a person outside the repository's writers can set: what they type into issues, pull requests, reviews,
    // comments, discussions and wiki pages; the names of their branches; their commits' messages and authors.
    [GeneratedRegex(
        @"github\.head_ref\b"
        + @"|github\.event\.(issue|pull_request|discussion)\.(title|body)\b"
        + @"|github\.event\.(comment|review|review_comment)\.body\b"
        + @"|github\.event\.pages(\[[^\]]*\]|\.\*)?\.page_name\b"
        + @"|github\.event\.(head_commit|commits(\[[^\]]*\]|\.\*)?)\.(message|author\.(name|email)|committer\.(name|email))\b"
        + @"|github\.event\.pull_request\.head\.(ref|label|repo\.default_branch)\b"
        + @"|github\.event\.workflow_run\.(head_branch|display_title|head_commit\.(message|author\.(name|email)|committer\.(name|email)))\b"
        + @"|github\.event\.workflow_run\.pull_requests(\[[^\]]*\]|\.\*)?\.head\.ref\b")]
    private static partial Regex AttackerContext();
}
