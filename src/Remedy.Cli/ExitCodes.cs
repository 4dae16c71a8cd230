namespace Remedy.Cli;

/// <summary>Process exit codes shared by every command.</summary>
public static class ExitCodes
{
    /// <summary>Success: no error diagnostics.</summary>
    public const int Success = 0;

    /// <summary>The inputs have error diagnostics (or, for <c>fmt --check</c>, need formatting).</summary>
    public const int Diagnostics = 1;

    /// <summary>Bad usage, or an input that cannot be read.</summary>
    public const int BadUsage = 2;

    /// <summary>A bug in Remedy itself.</summary>
    public const int InternalError = 70;
}
