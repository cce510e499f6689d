namespace RunnerGen.Formats;

/// <summary>
/// Writes values into GitHub Actions workflows. GitHub evaluates <c>${{ … }}</c> in almost every string of a workflow,
/// quoted or not, so a value that holds <c>${{</c> is rewritten to an expression that yields the same characters.
/// </summary>
public static class GithubExpressionEmitter
{
    private const string Open = "${{";

    /// <summary>The text with every <c>${{</c> written as <c>${{ '${{' }}</c>, which GitHub turns back into <c>${{</c>.</summary>
    public static string Literal(string value) =>
        value.Replace(Open, "${{ '${{' }}", StringComparison.Ordinal);

    /// <summary>Inverse of <see cref="Literal"/>: what GitHub sees after evaluating the escapes (for tests).</summary>
    public static string Evaluate(string value) =>
        value.Replace("${{ '${{' }}", Open, StringComparison.Ordinal);

    /// <summary>A double-quoted YAML scalar whose value, after GitHub's evaluation, is exactly <paramref name="value"/>.</summary>
    public static string String(string value) => YamlEmitter.String(Literal(value));
}
