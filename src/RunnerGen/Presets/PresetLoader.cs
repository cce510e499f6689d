using RunnerGen.Diagnostics;
using RunnerGen.Model;
using RunnerGen.Presets.Schema;
using RunnerGen.Yaml;

namespace RunnerGen.Presets;

/// <summary>
/// Loads every preset of a folder: parse, resolve <c>extends</c>, validate against <see cref="PresetSchema"/>,
/// bind. Every problem in every file is reported before anything is rendered.
/// </summary>
public static class PresetLoader
{
    /// <summary>
    /// What to do when the presets folder is missing. From inside the presets folder itself (its name is the folder
    /// asked for, or it holds preset files) the hint never suggests a command that would create a folder of that name
    /// inside it.
    /// </summary>
    private static string NoPresetsHint(string full, string workingDirectory)
    {
        var here = Path.TrimEndingDirectorySeparator(Path.GetFullPath(workingDirectory));
        var missing = Path.GetFileName(Path.TrimEndingDirectorySeparator(full));
        var inside = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(full)) == here
            && (Path.GetFileName(here) == missing || Directory.EnumerateFiles(here, "*.yaml").Any() || Directory.EnumerateFiles(here, "*.yml").Any());
        return inside
            ? "This folder looks like the presets folder itself: run runnergen from its parent folder (cd ..)."
            : "Run 'runnergen new --strategy kaniko' to create a first preset.";
    }

    /// <summary>Loads the presets in <paramref name="directory"/>; <paramref name="workingDirectory"/> anchors the paths in diagnostics.</summary>
    public static PresetSet LoadDirectory(string directory, string workingDirectory)
    {
        var diagnostics = new DiagnosticBag();
        var full = Path.GetFullPath(directory, workingDirectory);
        var folderName = Path.GetFileName(Path.TrimEndingDirectorySeparator(full));
        if (!Directory.Exists(full))
        {
            diagnostics.Error(DiagnosticIds.NoPresets, SourceLocation.InFile(Display(full, workingDirectory)), "the presets folder does not exist.", NoPresetsHint(full, workingDirectory));
            return new PresetSet([], [], diagnostics);
        }

        // Each file is read as a regular file within the size limit and as strict UTF-8; one that is not is an error
        // (a named pipe would hang, /dev/zero would never end, a stray byte would be written out as U+FFFD).
        var files = new List<(string Text, string Display, string Source)>();
        foreach (var file in Directory.EnumerateFiles(full)
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal))
        {
            var display = Display(file, workingDirectory);
            if (InputFile.Read(file, display, InputFile.PresetLimit, diagnostics) is { } text)
            {
                files.Add((text, display, $"{folderName}/{Path.GetFileName(file)}"));
            }
        }

        return Load(files, diagnostics);
    }

    /// <summary>Loads presets from text: (content, path for diagnostics, path for output headers).</summary>
    public static PresetSet Load(IEnumerable<(string Text, string Display, string Source)> files, DiagnosticBag? diagnostics = null)
    {
        diagnostics ??= new DiagnosticBag();
        var documents = new List<PresetDocument>();
        foreach (var (text, display, source) in files)
        {
            if (Parse(text, display, source, diagnostics) is { } document)
            {
                documents.Add(document);
            }
        }

        var byName = new Dictionary<string, PresetDocument>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            if (byName.TryGetValue(document.Name, out var first))
            {
                diagnostics.Error(DiagnosticIds.DuplicateName, document.NameLocation, $"preset name '{document.Name}' is already used by {first.DisplayPath}.", "Give each preset its own name.");
                continue;
            }

            byName.Add(document.Name, document);
        }

        var cyclic = ReportCycles(byName, diagnostics);
        var presets = new List<Preset>();
        foreach (var document in byName.Values.OrderBy(d => d.Name, StringComparer.Ordinal))
        {
            new SchemaValidator(diagnostics, checkRequired: false).Validate(document.Root, PresetSchema.Root, string.Empty);
            if (document.IsAbstract || cyclic.Contains(document.Name) || Resolve(document, byName, diagnostics) is not { } merged)
            {
                continue;
            }

            var before = diagnostics.Count;
            new SchemaValidator(diagnostics, checkRequired: true).Validate(merged, PresetSchema.Root, string.Empty);
            if (diagnostics.Count == before)
            {
                var preset = PresetBinder.Bind(document.Name, document.SourceFile, merged);
                CheckCombination(preset, merged, diagnostics);
                if (diagnostics.Count == before)
                {
                    presets.Add(preset);
                }
            }
        }

        return new PresetSet(presets, documents, diagnostics);
    }

    private static PresetDocument? Parse(string text, string display, string source, DiagnosticBag diagnostics)
    {
        var stem = Path.GetFileNameWithoutExtension(display);
        if (!PresetSchema.PresetName.Pattern!.IsMatch(stem))
        {
            diagnostics.Error(DiagnosticIds.UnsafeName, SourceLocation.InFile(display), $"preset file name '{SchemaValidator.Printable(stem)}' is not safe as a folder name: expected {PresetSchema.PresetName.PatternHint}.");
            return null;
        }

        var root = YamlDocumentLoader.Load(text, display, diagnostics);
        switch (root)
        {
            case null:
                return null;
            case YScalar { IsNull: true }:
                root = new YMapping(root.Location, []);
                break;
            case not YMapping:
                diagnostics.Error(DiagnosticIds.WrongType, root.Location, $"a preset must be a mapping; found {root.KindName}.");
                return null;
        }

        var mapping = (YMapping)root;
        var nameEntry = mapping.Find(PresetKeys.Name);
        if (nameEntry?.Value is YScalar { IsNull: false } nameScalar)
        {
            if (!PresetSchema.PresetName.Pattern.IsMatch(nameScalar.Value))
            {
                diagnostics.Error(DiagnosticIds.UnsafeName, nameScalar.Location, $"preset name '{SchemaValidator.Printable(nameScalar.Value)}' is not safe as a folder name: expected {PresetSchema.PresetName.PatternHint}.");
                return null;
            }

            return new PresetDocument(display, source, nameScalar.Value, nameScalar.Location, mapping);
        }

        return new PresetDocument(display, source, stem, new SourceLocation(display, 1, 1), mapping);
    }

    /// <summary>
    /// Finds every <c>extends</c> cycle in one pass (each preset has at most one parent, so each walk stops at the first
    /// preset already seen) and reports each cycle once, at the 'extends' of its first member by name. Returns the
    /// presets in a cycle or leading into one: they are not resolved.
    /// </summary>
    private static HashSet<string> ReportCycles(IReadOnlyDictionary<string, PresetDocument> byName, DiagnosticBag diagnostics)
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1: on the current walk, 2: done and fine, 3: done, cyclic
        foreach (var start in byName.Keys.Order(StringComparer.Ordinal))
        {
            var walk = new List<string>();
            var current = start;
            while (current is not null && !state.ContainsKey(current))
            {
                state[current] = 1;
                walk.Add(current);
                current = byName[current].Extends is { IsNull: false } parent && byName.ContainsKey(parent.Value) ? parent.Value : null;
            }

            var bad = current is not null && state[current] is 1 or 3;
            if (current is not null && state[current] == 1)
            {
                var members = walk[walk.IndexOf(current)..];
                var first = members.Min(StringComparer.Ordinal)!;
                var at = members.IndexOf(first);
                var ordered = members[at..].Concat(members[..at]).Append(first).ToList();
                var cycle = ordered.Count <= 12 ? string.Join(" -> ", ordered) : $"{string.Join(" -> ", ordered.Take(10))} -> … ({ordered.Count - 11} more) -> {first}";
                diagnostics.Error(DiagnosticIds.ExtendsCycle, byName[first].Extends!.Location, $"extends cycle: {cycle}.", "Remove one 'extends' to break the cycle.");
            }

            foreach (var name in walk)
            {
                state[name] = bad ? 3 : 2;
            }
        }

        return [.. state.Where(s => s.Value == 3).Select(s => s.Key)];
    }

    private static YMapping? Resolve(PresetDocument document, IReadOnlyDictionary<string, PresetDocument> byName, DiagnosticBag diagnostics)
    {
        var chain = new List<PresetDocument> { document };
        var current = document;
        while (current.Extends is { IsNull: false } parentRef)
        {
            if (!byName.TryGetValue(parentRef.Value, out var parent))
            {
                diagnostics.Error(DiagnosticIds.MissingParent, parentRef.Location, $"preset '{current.Name}' extends '{SchemaValidator.Printable(parentRef.Value)}', which does not exist.", Suggestions.DidYouMean(parentRef.Value, byName.Keys));
                return null;
            }

            chain.Add(parent);
            current = parent;
        }

        var merged = chain[^1].Root;
        for (var i = chain.Count - 2; i >= 0; i--)
        {
            merged = PresetMerger.Merge(merged, chain[i].Root);
        }

        return merged;
    }

    private static void CheckCombination(Preset preset, YMapping root, DiagnosticBag diagnostics)
    {
        if (preset.Trust == TrustLevel.Untrusted && preset.AcceptRisks.Count > 0)
        {
            diagnostics.Error(DiagnosticIds.InvalidCombination, root[PresetKeys.AcceptRisks]!.Location, "an untrusted preset cannot accept risks: untrusted pipelines must never reach a privileged, unconfined or host-socket build.",
                $"Use one of: {string.Join(", ", StrategyCatalog.Current.SafeAt(TrustLevel.Untrusted).Select(s => s.Id))}.");
        }

        var gitlab = root[PresetKeys.Gitlab] as YMapping;
        foreach (var (key, type) in new[] { (PresetKeys.GroupId, "group"), (PresetKeys.ProjectId, "project") })
        {
            if (gitlab?[key] is { } id && preset.Gitlab.RunnerType != type)
            {
                diagnostics.Error(DiagnosticIds.GitlabRunnerScope, id.Location, $"gitlab.{key} belongs to a {type} runner, but gitlab.runnerType is '{preset.Gitlab.RunnerType}'.",
                    $"Set gitlab.runnerType: {type}, or remove gitlab.{key}.");
            }
        }

        if (preset.Github.MinRunners > preset.Github.MaxRunners)
        {
            diagnostics.Error(DiagnosticIds.InvalidValue, root[PresetKeys.Github]?.Location ?? root.Location, $"github.minRunners ({preset.Github.MinRunners}) is greater than github.maxRunners ({preset.Github.MaxRunners}).");
        }

        CacheAndArcChecks.Check(preset, root, diagnostics);
        IsolationChecks.Check(preset, root, diagnostics);
        AutoscalerChecks.Check(preset, root, diagnostics);
        ImageFeatureCheck.Check(preset, root, diagnostics);
        SigningChecks.Check(preset, root, diagnostics);
    }

    private static string Display(string path, string workingDirectory) =>
        Path.GetRelativePath(workingDirectory, path).Replace('\\', '/');
}
