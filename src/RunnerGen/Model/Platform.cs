namespace RunnerGen.Model;

/// <summary>Which CI system the outputs are for.</summary>
public enum Platform
{
    /// <summary>GitLab CI with GitLab Runner.</summary>
    Gitlab,

    /// <summary>GitHub Actions with self-hosted runners or Actions Runner Controller.</summary>
    Github,
}
