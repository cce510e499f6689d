namespace RunnerGen.Formats;

/// <summary>
/// Text that Helm passes through <c>tpl</c> (the gitlab-runner chart's <c>runners.config</c>, its
/// <c>runners.secret</c>): every <c>{{</c> is written as the action <c>{{ "{{" }}</c>, which Helm renders back as
/// <c>{{</c>, so nothing in the text can start a template action of its own.
/// </summary>
public static class HelmTemplateEmitter
{
    private const string Open = "{{";

    /// <summary>The action Helm renders as <c>{{</c>.</summary>
    public const string EscapedOpen = "{{ `{{` }}";

    /// <summary>The text with every <c>{{</c> escaped.</summary>
    public static string Literal(string value) => value.Replace(Open, EscapedOpen, StringComparison.Ordinal);

    /// <summary>Inverse of <see cref="Literal"/>: what Helm's <c>tpl</c> renders (for tests and the audit).</summary>
    public static string Evaluate(string value) => value.Replace(EscapedOpen, Open, StringComparison.Ordinal);
}
