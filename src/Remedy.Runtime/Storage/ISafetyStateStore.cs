using Remedy.Runtime.Safety;

namespace Remedy.Runtime.Storage;

/// <summary>Guard state that must survive a restart: kill switch, breaker, rate limit, target cooldowns.</summary>
public interface ISafetyStateStore
{
    /// <summary>The kill switch.</summary>
    /// <returns>Its state.</returns>
    KillSwitchState GetKillSwitch();

    /// <summary>Sets the kill switch.</summary>
    /// <param name="state">The new state.</param>
    void SetKillSwitch(KillSwitchState state);

    /// <summary>Records a failed run for the breaker.</summary>
    /// <param name="playbook">The playbook.</param>
    /// <param name="runId">The run.</param>
    /// <param name="at">When it failed.</param>
    void RecordFailure(string playbook, string runId, DateTimeOffset at);

    /// <summary>Counts failed runs since a time.</summary>
    /// <param name="playbook">The playbook.</param>
    /// <param name="since">The start of the window.</param>
    /// <returns>The count.</returns>
    int CountFailures(string playbook, DateTimeOffset since);

    /// <summary>When the breaker last tripped, or null.</summary>
    /// <param name="playbook">The playbook.</param>
    /// <returns>The time.</returns>
    DateTimeOffset? GetBreakerTrip(string playbook);

    /// <summary>Records a trip.</summary>
    /// <param name="playbook">The playbook.</param>
    /// <param name="at">When.</param>
    void SetBreakerTrip(string playbook, DateTimeOffset at);

    /// <summary>
    /// Takes a rate-limit slot for a run, atomically: succeeds when the run already holds one, or when fewer than
    /// <paramref name="limit"/> slots were taken since <paramref name="windowStart"/>.
    /// </summary>
    /// <param name="playbook">The playbook.</param>
    /// <param name="runId">The run.</param>
    /// <param name="limit">The most slots per window.</param>
    /// <param name="windowStart">The start of the window.</param>
    /// <param name="at">Now.</param>
    /// <returns>True when the run holds a slot.</returns>
    bool TryTakeRateSlot(string playbook, string runId, int limit, DateTimeOffset windowStart, DateTimeOffset at);

    /// <summary>Records that a run changed a target.</summary>
    /// <param name="target">The target key.</param>
    /// <param name="playbook">The playbook.</param>
    /// <param name="runId">The run.</param>
    /// <param name="at">When.</param>
    void RecordTargetMutation(string target, string playbook, string runId, DateTimeOffset at);

    /// <summary>When another run last changed a target, or null.</summary>
    /// <param name="target">The target key.</param>
    /// <param name="excludingRunId">The asking run, whose own changes do not count.</param>
    /// <returns>The time.</returns>
    DateTimeOffset? LastTargetMutation(string target, string excludingRunId);
}
