using Remedy.Runtime.Journal;
using Remedy.Runtime.Manifest;
using Remedy.Runtime.Storage;
using Remedy.Runtime.Values;

namespace Remedy.Runtime.Safety;

/// <summary>
/// Applies the persisted guards (kill switch, breaker, cooldown, rate limit) and the blast radius, reading
/// state from the store every time so that decisions made by other processes take effect at once.
/// The rules themselves live in the pure checks it calls.
/// </summary>
internal sealed class SafetyGovernor
{
    private readonly IRuntimeStore store;
    private readonly AuditLog audit;
    private readonly TimeProvider clock;

    public SafetyGovernor(IRuntimeStore store, AuditLog audit, TimeProvider clock)
    {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    public AutonomyLevel EffectiveAutonomy(PlaybookManifest manifest)
    {
        if (manifest.Promotion is null)
        {
            return manifest.Autonomy;
        }

        // A breaker trip drops the playbook back: only outcomes after the last trip count toward promotion.
        var since = store.GetBreakerTrip(manifest.Name) ?? DateTimeOffset.UnixEpoch;
        var (runs, successes) = store.CountOutcomes(manifest.Name, since);
        return AutonomyPromotion.Effective(manifest.Autonomy, manifest.Promotion, runs, successes);
    }

    public Refusal? CheckTargets(PlaybookManifest manifest, string step, IReadOnlyList<KeyValuePair<string, RValue>> targets, int population, IReadOnlySet<string> earlier, string runId)
    {
        if (BlastRadiusCheck.Evaluate(manifest.BlastRadius, step, targets, population, earlier) is { } refusal)
        {
            return refusal;
        }

        var now = clock.GetUtcNow();
        foreach (var (key, _) in targets)
        {
            if (CooldownCheck.Evaluate(manifest.TargetCooldown, key, store.LastTargetMutation(key, runId), now) is { } cooling)
            {
                return cooling;
            }
        }

        return null;
    }

    public Refusal? CheckMutation(PlaybookManifest manifest, string runId, string target)
    {
        var kill = store.GetKillSwitch();
        if (kill.Paused)
        {
            var reason = string.IsNullOrWhiteSpace(kill.Reason) ? string.Empty : $" ({kill.Reason})";
            return new Refusal(GuardKind.KillSwitch, $"all mutations are paused by {kill.By} since {kill.At:u}{reason}; run 'remedy resume' to allow them");
        }

        var now = clock.GetUtcNow();
        if (manifest.CircuitBreaker is { } breaker && store.GetBreakerTrip(manifest.Name) is { } trippedAt && CircuitBreaker.IsOpen(breaker, trippedAt, now))
        {
            return CircuitBreaker.OpenRefusal(manifest.Name, breaker, trippedAt);
        }

        return CooldownCheck.Evaluate(manifest.TargetCooldown, target, store.LastTargetMutation(target, runId), now);
    }

    public Refusal? TakeRateSlot(PlaybookManifest manifest, string runId)
    {
        if (manifest.RateLimit is not { } rate)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        return store.TryTakeRateSlot(manifest.Name, runId, rate.Count, now - rate.Window, now)
            ? null
            : new Refusal(GuardKind.RateLimit, $"'{manifest.Name}' already acted {rate.Count} time(s) within {rate.Window}; rate_limit is {rate.Count} per {rate.Window}");
    }

    /// <summary>Counts a failed acting run and trips the breaker when the policy says so.</summary>
    public void RecordFailure(PlaybookManifest manifest, string runId)
    {
        var now = clock.GetUtcNow();
        store.RecordFailure(manifest.Name, runId, now);
        if (manifest.CircuitBreaker is not { } breaker)
        {
            return;
        }

        var trippedAt = store.GetBreakerTrip(manifest.Name);
        if (CircuitBreaker.IsOpen(breaker, trippedAt, now))
        {
            return;
        }

        var failures = store.CountFailures(manifest.Name, CircuitBreaker.CountingSince(breaker, trippedAt, now));
        if (CircuitBreaker.ShouldTrip(breaker, failures))
        {
            store.SetBreakerTrip(manifest.Name, now);
            audit.Record("runtime", "breaker.tripped", runId,
                $"the circuit breaker of '{manifest.Name}' tripped: {failures} failures within {breaker.Window}; open until {now + breaker.Cooldown:u}");
        }
    }
}
