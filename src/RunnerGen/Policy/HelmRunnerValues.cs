using RunnerGen.Diagnostics;
using RunnerGen.Model;
using RunnerGen.Yaml;

namespace RunnerGen.Policy;

/// <summary>
/// Values of the gitlab-runner Helm chart: the runners' config.toml is a string inside them (<c>runners.config</c>,
/// a template the chart passes through <c>tpl</c>, and <c>runners.configOverride</c>, a whole config.toml). Both are
/// read with the config.toml rules.
/// </summary>
public static class HelmRunnerValues
{
    private static readonly string[] ConfigKeys = ["config", "configOverride"];

    /// <summary>True for gitlab-runner chart values.</summary>
    public static bool Is(YMapping document) =>
        document["kind"] is null
        && (ConfigKeys.Any(k => document.Map("runners")?[k] is YScalar { IsNull: false }) || document.Map("runners")?["privileged"] is YScalar);

    /// <summary>gitlab-runner chart values that leave the config.toml to the chart's default (nothing to audit here).</summary>
    public static bool IsWithoutConfig(YMapping document) => document["kind"] is null && document["gitlabUrl"] is not null && !Is(document);

    /// <summary>Adds the findings of every embedded config.toml; a config.toml that does not parse is an error.</summary>
    public static void Check(YMapping values, string content, string file, List<Finding> findings, DiagnosticBag diagnostics)
    {
        // Chart versions before the config template set privileged mode with a values key of their own.
        if (values.Map("runners").Flag("privileged") == true)
        {
            findings.Add(new(Rules.Privileged, values.Map("runners")!.Scalar("privileged")!.Location, "runners.privileged: true (the chart's older values key): every container of every job pod runs privileged."));
        }

        var lines = content.Split('\n');
        foreach (var key in ConfigKeys)
        {
            if (values.Map("runners").Scalar(key) is not { } config)
            {
                continue;
            }

            var (lineOffset, columnOffset) = Offsets(config, lines);
            var parse = new DiagnosticBag();
            var root = TomlReader.Load(HelmTemplateText.Neutralise(config.Value), file, parse);
            foreach (var problem in parse.Sorted())
            {
                var at = problem.Location.Line > 0 ? problem.Location with { Line = problem.Location.Line + lineOffset, Column = problem.Location.Column + columnOffset } : config.Location;
                diagnostics.Error(problem.Id, at, $"runners.{key}: {problem.Message}");
            }

            if (root is not null)
            {
                var shifted = RunnerHostRules.AsRunnerList(YNodeShift.By(root, lineOffset, columnOffset));
                AutoscalerRules.Check(shifted, findings);
                DefaultExecutor(shifted, key, findings);
            }
        }
    }

    private static void DefaultExecutor(YMapping root, string key, List<Finding> findings)
    {
        // The chart registers its runners with the Kubernetes executor unless the config names another one.
        foreach (var runner in root.Items("runners").OfType<YMapping>().Where(r => r["executor"] is null && r["kubernetes"] is null && r["docker"] is null))
        {
            findings.Add(new(Rules.NoAllowedImages, runner.Location, $"runners.{key}: this runner uses the chart's Kubernetes executor without a [runners.kubernetes] table: no allowed_images, jobs may run any image."));
        }
    }

    private static (int Lines, int Columns) Offsets(YScalar value, string[] lines)
    {
        // A block scalar (| or >) starts on the line after its indicator, indented like its first line; any other
        // scalar is placed where it starts.
        var line = value.Location.Line;
        var indicator = line >= 1 && line <= lines.Length && value.Location.Column >= 1 && value.Location.Column <= lines[line - 1].Length
            ? lines[line - 1][value.Location.Column - 1]
            : ' ';
        if (indicator is '|' or '>')
        {
            var first = line < lines.Length ? lines[line].TrimEnd('\r') : string.Empty;
            return (line, first.Length - first.TrimStart(' ').Length);
        }

        return (line - 1, value.Location.Column - 1);
    }
}
