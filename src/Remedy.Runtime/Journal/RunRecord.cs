namespace Remedy.Runtime.Journal;

/// <summary>A run as the store lists it.</summary>
/// <param name="RunId">The run id.</param>
/// <param name="Playbook">The playbook name.</param>
/// <param name="RequestedBy">Who or what started it.</param>
/// <param name="DryRun">True for a dry run.</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="EndedAt">When it ended, or null while open.</param>
/// <param name="Outcome">How it ended, or null while open.</param>
/// <param name="Acted">True once it performed at least one mutation (or intended to).</param>
/// <param name="Message">The final message.</param>
/// <param name="Owner">The process that runs it (<c>host/pid/start-ticks</c>), so recovery leaves live runs alone.</param>
public sealed record RunRecord(
    string RunId,
    string Playbook,
    string RequestedBy,
    bool DryRun,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt = null,
    RunOutcome? Outcome = null,
    bool Acted = false,
    string Message = "",
    string Owner = "")
{
    /// <summary>True while the run has not ended.</summary>
    public bool IsOpen => Outcome is null;
}
