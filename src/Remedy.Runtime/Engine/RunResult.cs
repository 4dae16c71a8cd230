using Remedy.Runtime.Journal;
using Remedy.Runtime.Manifest;

namespace Remedy.Runtime.Engine;

/// <summary>The result of a run: always returned, never thrown.</summary>
/// <param name="RunId">The run id.</param>
/// <param name="Playbook">The playbook.</param>
/// <param name="Outcome">How it ended.</param>
/// <param name="Message">A summary for a human.</param>
/// <param name="Autonomy">The level it ran at.</param>
/// <param name="Failure">Why it did not succeed, or null.</param>
/// <param name="Plan">The mutations that were planned but not performed (suggest, dry run).</param>
/// <param name="Mutations">How many mutations were performed.</param>
public sealed record RunResult(
    string RunId,
    string Playbook,
    RunOutcome Outcome,
    string Message,
    AutonomyLevel Autonomy,
    RunFailure? Failure,
    IReadOnlyList<PlannedAction> Plan,
    int Mutations)
{
    /// <summary>True when the run succeeded or produced its plan.</summary>
    public bool Succeeded => Outcome is RunOutcome.Succeeded or RunOutcome.Planned;
}
