using System.Text.RegularExpressions;
using RunnerGen.Model;
using RunnerGen.Yaml;

namespace RunnerGen.Policy;

/// <summary>
/// The runners a job's <c>runs-on</c> can pick: a label, a list of labels, a <c>{group, labels}</c> object, or a
/// <c>${{ matrix.NAME }}</c> expression, judged by every value the matrix gives NAME.
/// </summary>
public static partial class RunnerLabels
{
    /// <summary>
    /// Every label set the job may ask for; null when it cannot be known (an expression other than a matrix value,
    /// a matrix built by an expression).
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>>? Possible(YMapping job) => Sets(job["runs-on"], job);

    /// <summary>True when the job may run on a self-hosted runner (unknown counts as may).</summary>
    public static bool MayBeSelfHosted(YMapping job) =>
        job["runs-on"] is not null && (Possible(job) is not { } sets || sets.Any(IsSelfHosted));

    /// <summary>True for a label set that picks a self-hosted runner (or a runner group, which GitHub does not host by label alone).</summary>
    public static bool IsSelfHosted(IReadOnlyList<string> labels) =>
        labels.Count > 0 && (labels.Contains("self-hosted") || !labels.Any(l => GithubHosted().IsMatch(l)));

    private static List<IReadOnlyList<string>>? Sets(YNode? node, YMapping job)
    {
        switch (node)
        {
            case YScalar s when MatrixValue().Match(s.Value) is { Success: true } m:
                return Matrix(job, m.Groups[1].Value);
            case YScalar s when s.Value.Contains("${{", StringComparison.Ordinal):
                return null;
            case YScalar s:
                return [[s.Value]];
            case YSequence seq:
                if (seq.Items.Any(i => i is not YScalar || ((YScalar)i).Value.Contains("${{", StringComparison.Ordinal)))
                {
                    return null;
                }

                return [[.. seq.Items.OfType<YScalar>().Select(i => i.Value)]];
            case YMapping map:
                var labels = map["labels"] switch
                {
                    YScalar one => [one.Value],
                    YSequence many => many.Items.OfType<YScalar>().Select(i => i.Value).ToList(),
                    _ => [],
                };
                if (labels.Any(l => l.Contains("${{", StringComparison.Ordinal)))
                {
                    return null;
                }

                return [[.. labels, .. map.Text("group") is { } group ? new[] { "group:" + group } : []]];
            default:
                return null;
        }
    }

    private static List<IReadOnlyList<string>>? Matrix(YMapping job, string name)
    {
        var matrix = job.Map("strategy")?["matrix"];
        if (matrix is not YMapping map)
        {
            return null;
        }

        var values = new List<YNode>();
        if (map[name] is YSequence axis)
        {
            values.AddRange(axis.Items);
        }
        else if (map[name] is not null)
        {
            return null;
        }

        values.AddRange(map.Items("include").OfType<YMapping>().Select(i => i[name]).OfType<YNode>());
        if (values.Count == 0)
        {
            return null;
        }

        var sets = new List<IReadOnlyList<string>>();
        foreach (var value in values)
        {
            if (Sets(value, new YMapping(job.Location, [])) is not { } found)
            {
                return null;
            }

            sets.AddRange(found);
        }

        return sets;
    }

    [GeneratedRegex(@"^\s*\$\{\{\s*matrix\.([A-Za-z0-9_-]+)\s*\}\}\s*$")]
    private static partial Regex MatrixValue();

    [GeneratedRegex(@"^(ubuntu|windows|macos)-[\w.-]+$")]
    private static partial Regex GithubHosted();
}
