using System.Text.RegularExpressions;

namespace RunnerGen.Output;

/// <summary>
/// Hides the values of credential-like keys (tokens, access and secret keys, passwords, anything named like a
/// credential) in TOML text before it is shown: <c>token = (kept, hidden)</c> when the same line is on both sides of a
/// diff, <c>token = (hidden)</c> otherwise.
/// </summary>
public static partial class SecretRedactor
{
    /// <summary>Both sides of a diff, redacted.</summary>
    public static (string Before, string After) Redact(string before, string after)
    {
        var beforeSecrets = SecretLines(before);
        var afterSecrets = SecretLines(after);
        return (Rewrite(before, afterSecrets), Rewrite(after, beforeSecrets));
    }

    /// <summary>True for a key (its last dotted part) that names a credential.</summary>
    public static bool IsSecretKey(string key) => SecretKey().IsMatch(key);

    /// <summary>
    /// Hides secrets inside one line of text: credentials in a URL (<c>https://user:pass@host</c>), <c>NAME=value</c>
    /// entries with a credential-like name (an <c>environment</c> list), and credential-like keys of inline tables.
    /// </summary>
    public static string Inline(string text)
    {
        text = UrlCredentials().Replace(text, "://(hidden)@");
        text = EnvironmentEntry().Replace(text, m => IsSecretKey(m.Groups["name"].Value) ? $"{m.Groups["open"].Value}{m.Groups["name"].Value}=(hidden){m.Groups["open"].Value}" : m.Value);
        return InlineAssignment().Replace(text, m => IsSecretKey(m.Groups["key"].Value) ? $"{m.Groups["head"].Value}(hidden)" : m.Value);
    }

    private static HashSet<string> SecretLines(string text) =>
        [.. Assignment().Matches(text).Where(m => IsSecretKey(m.Groups["key"].Value)).Select(m => m.Value.Trim())];

    private static string Rewrite(string text, HashSet<string> other) =>
        Inline(Assignment().Replace(text, m => IsSecretKey(m.Groups["key"].Value)
            ? $"{m.Groups["lead"].Value}{(other.Contains(m.Value.Trim()) ? "(kept, hidden)" : "(hidden)")}{(m.Value.EndsWith('\r') ? "\r" : string.Empty)}"
            : m.Value));

    [GeneratedRegex(@"^(?<lead>[ \t]*(?:(?:""[^""\r\n]*""|'[^'\r\n]*'|[A-Za-z0-9_-]+)[ \t]*\.[ \t]*)*(?<q>[""']?)(?<key>[A-Za-z0-9_-]+)\k<q>[ \t]*=[ \t]*)[^\n]*$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex Assignment();

    [GeneratedRegex(@"://[^/@\s""']+@", RegexOptions.CultureInvariant)]
    private static partial Regex UrlCredentials();

    [GeneratedRegex(@"(?<open>[""'])(?<name>[A-Za-z_][A-Za-z0-9_]*)=[^""'\r\n]*\k<open>", RegexOptions.CultureInvariant)]
    private static partial Regex EnvironmentEntry();

    [GeneratedRegex(@"(?<head>[{,][ \t]*(?<q>[""']?)(?<key>[A-Za-z0-9_-]+)\k<q>[ \t]*=[ \t]*)(?:""(?:[^""\\\r\n]|\\.)*""|'[^'\r\n]*'|[^,}\s]+)", RegexOptions.CultureInvariant)]
    private static partial Regex InlineAssignment();

    [GeneratedRegex(@"token|secret|passw|credential|access_?key|private_?key|api_?key|auth|session|cookie|signature", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretKey();
}
