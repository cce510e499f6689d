using System.Text.RegularExpressions;

namespace RunnerGen.Tests.Architecture;

/// <summary>
/// Which namespace of src/ refers to which, read from the source text: <c>using</c> directives (and aliases), qualified
/// names (<c>Presets.Schema.X</c>, <c>RunnerGen.Policy.Y</c>) and types of an enclosing namespace used by name.
/// </summary>
internal sealed partial class NamespaceGraph
{
    private NamespaceGraph(IReadOnlyDictionary<string, SortedSet<string>> edges) => Edges = edges;

    /// <summary>Namespace to the namespaces it refers to (never itself).</summary>
    public IReadOnlyDictionary<string, SortedSet<string>> Edges { get; }

    /// <summary>Reads every .cs file under <paramref name="sourceRoot"/>.</summary>
    public static NamespaceGraph Read(string sourceRoot)
    {
        var files = Directory.GetFiles(sourceRoot, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (Text: File.ReadAllText(f), Namespace: NamespaceOf(File.ReadAllText(f))))
            .Where(f => f.Namespace is not null)
            .ToList();
        var namespaces = files.Select(f => f.Namespace!).ToHashSet(StringComparer.Ordinal);
        var types = files
            .SelectMany(f => TypeDeclaration().Matches(f.Text).Select(m => (f.Namespace!, Type: m.Groups["name"].Value)))
            .GroupBy(t => t.Item1, t => t.Type)
            .ToDictionary(g => g.Key, g => g.ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

        var edges = namespaces.ToDictionary(n => n, _ => new SortedSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var (text, ns) in files)
        {
            var code = LineComment().Replace(text, string.Empty);
            foreach (Match match in Using().Matches(code))
            {
                if (Resolve(match.Groups["target"].Value, ns!, namespaces) is { } target)
                {
                    edges[ns!].Add(target);
                }
            }

            foreach (Match match in DottedName().Matches(code))
            {
                if (Resolve(match.Value, ns!, namespaces) is { } target)
                {
                    edges[ns!].Add(target);
                }
            }

            foreach (var ancestor in Ancestors(ns!).Where(types.ContainsKey))
            {
                if (types[ancestor].Any(t => Regex.IsMatch(code, $@"\b{t}\b")))
                {
                    edges[ns!].Add(ancestor);
                }
            }

            edges[ns!].Remove(ns!);
        }

        return new NamespaceGraph(edges);
    }

    /// <summary>Every cycle (strongly connected set of more than one namespace), each sorted.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        var index = 0;
        var stack = new Stack<string>();
        var indices = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var cycles = new List<IReadOnlyList<string>>();

        void Visit(string v)
        {
            indices[v] = low[v] = index++;
            stack.Push(v);
            onStack.Add(v);
            foreach (var w in Edges[v])
            {
                if (!indices.ContainsKey(w))
                {
                    Visit(w);
                    low[v] = Math.Min(low[v], low[w]);
                }
                else if (onStack.Contains(w))
                {
                    low[v] = Math.Min(low[v], indices[w]);
                }
            }

            if (low[v] == indices[v])
            {
                var component = new List<string>();
                string w;
                do
                {
                    w = stack.Pop();
                    onStack.Remove(w);
                    component.Add(w);
                }
                while (w != v);
                if (component.Count > 1)
                {
                    cycles.Add([.. component.Order(StringComparer.Ordinal)]);
                }
            }
        }

        foreach (var v in Edges.Keys.Order(StringComparer.Ordinal).Where(v => !indices.ContainsKey(v)))
        {
            Visit(v);
        }

        return cycles;
    }

    private static string? NamespaceOf(string text) => FileNamespace().Match(text) is { Success: true } m ? m.Groups["ns"].Value : null;

    private static IEnumerable<string> Ancestors(string ns)
    {
        for (var dot = ns.LastIndexOf('.'); dot > 0; dot = ns.LastIndexOf('.', dot - 1))
        {
            yield return ns[..dot];
        }
    }

    /// <summary>The namespace a (possibly relative) dotted name starts with, as C# would resolve it from <paramref name="from"/>.</summary>
    private static string? Resolve(string dotted, string from, HashSet<string> namespaces)
    {
        foreach (var scope in new[] { from }.Concat(Ancestors(from)).Append(string.Empty))
        {
            var full = scope.Length == 0 ? dotted : $"{scope}.{dotted}";
            var best = namespaces.Where(n => full == n || full.StartsWith(n + ".", StringComparison.Ordinal)).MaxBy(n => n.Length);
            if (best is not null && (scope.Length == 0 || !full.Equals(from, StringComparison.Ordinal)) && best.Length > scope.Length)
            {
                return best;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^namespace (?<ns>[\w.]+);", RegexOptions.Multiline)]
    private static partial Regex FileNamespace();

    [GeneratedRegex(@"^using (?:static )?(?:\w+ = )?(?<target>[\w.]+);", RegexOptions.Multiline)]
    private static partial Regex Using();

    [GeneratedRegex(@"(?<![\w.])[A-Z]\w*(?:\.[A-Z]\w*)+")]
    private static partial Regex DottedName();

    [GeneratedRegex(@"\b(?:class|record|struct|enum|interface)\s+(?:struct\s+|class\s+)?(?<name>[A-Z]\w*)")]
    private static partial Regex TypeDeclaration();

    [GeneratedRegex(@"//(?!/).*$", RegexOptions.Multiline)]
    private static partial Regex LineComment();
}
