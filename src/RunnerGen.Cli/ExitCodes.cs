namespace RunnerGen.Cli;

/// <summary>The process exit codes runnergen documents (README, "Exit codes").</summary>
public static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Success = 0;

    /// <summary>Refused by the policy, or a check found drift.</summary>
    public const int Refused = 1;

    /// <summary>Bad command line or bad input (a preset error, a file in the way).</summary>
    public const int UsageError = 2;

    /// <summary>A bug in runnergen: please report it with the printed stack trace.</summary>
    public const int InternalError = 70;
}
