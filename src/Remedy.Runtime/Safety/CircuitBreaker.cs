using Remedy.Runtime.Manifest;

namespace Remedy.Runtime.Safety;

/// <summary>
/// The circuit-breaker rules, pure. The breaker trips when <c>Failures</c> failed runs fall within
/// <c>Window</c>; it then stays open for <c>Cooldown</c>. Failures from before a trip's cooldown ended are not
/// counted again, so after the cooldown the playbook gets a fresh window instead of re-tripping at once.
/// </summary>
public static class CircuitBreaker
{
    /// <summary>Whether the breaker is open.</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="trippedAt">When it last tripped, or null.</param>
    /// <param name="now">The current time.</param>
    /// <returns>True while within the cooldown of the last trip.</returns>
    public static bool IsOpen(CircuitBreakerPolicy policy, DateTimeOffset? trippedAt, DateTimeOffset now) =>
        trippedAt is { } t && now < t + policy.Cooldown;

    /// <summary>The start of the window in which failures count.</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="trippedAt">When it last tripped, or null.</param>
    /// <param name="now">The current time.</param>
    /// <returns>The later of now − window and the end of the last cooldown.</returns>
    public static DateTimeOffset CountingSince(CircuitBreakerPolicy policy, DateTimeOffset? trippedAt, DateTimeOffset now)
    {
        var windowStart = now - policy.Window;
        return trippedAt is { } t && t + policy.Cooldown > windowStart ? t + policy.Cooldown : windowStart;
    }

    /// <summary>Whether this many failures in the counting window trip the breaker.</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="failuresInWindow">Failures since <see cref="CountingSince"/>.</param>
    /// <returns>True when the breaker should trip.</returns>
    public static bool ShouldTrip(CircuitBreakerPolicy policy, int failuresInWindow) => failuresInWindow >= policy.Failures;

    /// <summary>The refusal while open.</summary>
    /// <param name="playbook">The playbook.</param>
    /// <param name="policy">The policy.</param>
    /// <param name="trippedAt">When it tripped.</param>
    /// <returns>The refusal.</returns>
    public static Refusal OpenRefusal(string playbook, CircuitBreakerPolicy policy, DateTimeOffset trippedAt) =>
        new(GuardKind.CircuitBreaker,
            $"the circuit breaker of '{playbook}' tripped at {trippedAt:u} after {policy.Failures} failures within {policy.Window}; it stays open until {trippedAt + policy.Cooldown:u}");
}
