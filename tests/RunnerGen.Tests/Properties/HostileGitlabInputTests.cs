using CsCheck;
using RunnerGen.Diagnostics;
using RunnerGen.Formats;
using RunnerGen.Generation;
using RunnerGen.Presets;
using RunnerGen.Rendering;
using RunnerGen.Tests.Support;

namespace RunnerGen.Tests.Properties;

/// <summary>
/// Hostile text in <c>gitlab.description</c> and the runner tags, the free text runner.tf carries: the file stays
/// well formed HCL with the same structure, and each value reads back as a literal string, never an interpolation.
/// </summary>
public sealed class HostileGitlabInputTests
{
    private static readonly string[] Fragments =
    [
        "\"", "\\", "${", "${var.token}", "$${", "$$${", "%{", "%{ if x }", "%%{", "}", "{", "$", "%", "#", "//", "/*", "*/",
        "<<EOF", "{{", "}}", "'", "`", "ü", "🚀", " ", "a", "0", "true", "null", "= 1", "\n", "\t", "\r", "\u2028", "\u0000",
    ];

    private static readonly string[] OneLineFragments = [.. Fragments.Where(f => !f.Any(c => char.IsControl(c) || c is '\u2028'))];

    // Mostly values that pass validation (so they are rendered and read back), sometimes ones that must be refused.
    private static readonly Gen<string> Hostile =
        Gen.Frequency(
            (40, Gen.OneOfConst(OneLineFragments).Array[1, 10].Select(parts => string.Concat(parts))),
            (2, Gen.OneOfConst(Fragments).Array[1, 10].Select(parts => string.Concat(parts))),
            (1, Gen.String));

    [Fact]
    public void Runner_tf_reads_back_every_description_and_tag_exactly()
    {
        var benign = Tf(Render("plain", "tag-a", "tag-b")!);
        var rendered = 0;
        Gen.Select(Hostile, Hostile, Hostile).Sample((description, tag1, tag2) =>
        {
            var result = Render(description, tag1, tag2);
            if (result is null)
            {
                return;
            }

            var tf = Tf(result);
            var read = HclSyntax.Read(tf);
            Assert.Null(read.Problem);
            Assert.Equal(description, HclStrings.ValueOf(tf, "description", "resource \"gitlab_user_runner\""));
            Assert.Equal([tag1, tag2], HclStrings.ListOf(tf, "tag_list"));
            Assert.Equal(Shape(benign), Shape(tf));
            Interlocked.Increment(ref rendered);
        }, iter: 200);

        Assert.True(rendered >= 40, $"only {rendered} of 200 samples got past validation");
    }

    private static GenerationResult? Render(string description, string tag1, string tag2)
    {
        var text = $"trust: untrusted\nstrategy: kaniko\nplatforms: [gitlab]\nimage:\n  destination: registry.example.com/team/app\n"
            + $"runner:\n  tags: {YamlEmitter.Array([tag1, tag2])}\ngitlab:\n  description: {YamlEmitter.String(description)}\n";
        var set = PresetLoader.Load([(text, "presets/p.yaml", "presets/p.yaml")]);
        if (set.Diagnostics.HasErrors)
        {
            // Only a value that cannot be one line, or a repeated tag, may be refused, and only as an invalid value.
            Assert.All(set.Diagnostics.Sorted(), d => Assert.Equal(DiagnosticIds.InvalidValue, d.Id));
            Assert.True(new[] { description, tag1, tag2 }.Any(v => v.Length == 0 || v.Length > 1024 || v.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029')) || tag1 == tag2, string.Join("\n", set.Diagnostics.Sorted()));
            return null;
        }

        var result = new Generator(new TemplateStore()).Render(set, []);
        Assert.False(result.Diagnostics.HasErrors, string.Join("\n", result.Diagnostics.Sorted()));
        return result;
    }

    private static string Tf(GenerationResult result) => result.Files.Single(f => f.Output.Id == "gitlab-runner-tf").Content;

    private static List<string> Shape(string tf) => [.. tf.Split('\n').Select(HclStrings.EmptyStrings)];
}
