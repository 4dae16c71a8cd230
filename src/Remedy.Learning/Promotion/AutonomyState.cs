namespace Remedy.Learning.Promotion;

/// <summary>
/// A playbook's current autonomy level and the outcomes counted towards promotion since its evidence was last
/// reset (at creation and at every breaker trip). Immutable and JSON-serialisable for the runtime's store.
/// </summary>
/// <param name="Level">The level the playbook runs at now.</param>
/// <param name="Runs">Verified runs counted since the last reset.</param>
/// <param name="Successes">Of those, how many passed <c>verify</c>.</param>
/// <param name="BreakerTrips">Breaker trips over the playbook's life (informational).</param>
public sealed record AutonomyState(AutonomyLevel Level, int Runs, int Successes, int BreakerTrips)
{
    /// <summary>The state of a playbook that has not run yet: at its declared level with no evidence.</summary>
    /// <param name="rule">The playbook's rule.</param>
    /// <returns>The initial state.</returns>
    public static AutonomyState Initial(PromotionRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new AutonomyState(rule.Declared, 0, 0, 0);
    }
}
