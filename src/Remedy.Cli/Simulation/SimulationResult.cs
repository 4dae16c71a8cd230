using Remedy.Learning.Metrics;
using Remedy.Runtime.Safety;

namespace Remedy.Cli.Simulation;

/// <summary>The result of a simulation: every incident, the metrics over them, and what the guards did.</summary>
/// <param name="Spec">The simulation that ran.</param>
/// <param name="Playbook">The playbook's qualified name.</param>
/// <param name="Seed">The seed used.</param>
/// <param name="Spacing">Simulated time between incidents.</param>
/// <param name="Incidents">Every incident, in order.</param>
/// <param name="Metrics">Success rate, MTTR, human intervention and incidents to 90% accuracy.</param>
/// <param name="Records">The outcome records the metrics were computed from (for the learning curve).</param>
internal sealed record SimulationResult(
    SimulationSpec Spec,
    string Playbook,
    int Seed,
    TimeSpan Spacing,
    IReadOnlyList<IncidentResult> Incidents,
    OutcomeMetrics Metrics,
    IReadOnlyList<OutcomeRecord> Records)
{
    /// <summary>Guard refusals of an unsafe mutation (blast radius, scope, autonomy, undeclared): must be 0 for a safe playbook.</summary>
    public int UnsafeActionsAttempted => Incidents.Count(i => i.Refusal is GuardKind.BlastRadius or GuardKind.Scope
        or GuardKind.Autonomy or GuardKind.Undeclared or GuardKind.Manifest or GuardKind.Rollback);

    /// <summary>Runs held back by operational guards (breaker, rate limit, cooldown, kill switch).</summary>
    public int Throttled => Incidents.Count(i => i.Refusal is GuardKind.CircuitBreaker or GuardKind.RateLimit
        or GuardKind.Cooldown or GuardKind.KillSwitch);
}
