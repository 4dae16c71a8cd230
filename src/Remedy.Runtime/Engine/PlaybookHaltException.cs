namespace Remedy.Runtime.Engine;

/// <summary>
/// Unwinds generated code when a run must stop. It never escapes the runtime: the executor catches it and turns
/// it into a <see cref="RunResult"/>. Retryable halts (a provider failure) may be retried by the step.
/// </summary>
internal sealed class PlaybookHaltException : Exception
{
    public PlaybookHaltException(RunFailure failure, bool retryable)
        : base(failure.Message)
    {
        Failure = failure;
        Retryable = retryable;
    }

    public RunFailure Failure { get; }

    public bool Retryable { get; }
}
