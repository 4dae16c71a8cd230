using System.Globalization;
using Remedy.Learning.Statistics;

namespace Remedy.Learning.Promotion;

/// <summary>
/// Progressive autonomy as pure functions of (rule, state, event): promote when runs &gt;= N and the Wilson lower
/// bound of the success rate &gt;= the threshold; drop to the declared level and restart the evidence after a
/// breaker trip.
/// </summary>
public static class PromotionEvaluator
{
    // Beyond this many further runs "needed" is reported as unreachable; no playbook runs that often to earn trust.
    private const int SearchLimit = 1_000_000;

    /// <summary>The evidence for the rule in the current state.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="state">The state.</param>
    /// <returns>Runs, successes, estimates and what is needed next.</returns>
    public static PromotionEvidence Evidence(PromotionRule rule, AutonomyState state)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(state);
        var interval = Wilson.Interval(state.Successes, state.Runs, rule.Confidence);
        var holds = Holds(rule, state.Successes, state.Runs);
        return new PromotionEvidence(
            state.Runs,
            state.Successes,
            interval.PointEstimate,
            interval.Lower,
            interval.Upper,
            rule.MinRuns,
            rule.MinSuccessRate,
            holds,
            holds ? 0 : SuccessfulRunsNeeded(rule, state.Successes, state.Runs));
    }

    /// <summary>Counts a verified run and promotes when the rule then holds.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="state">The state before the run.</param>
    /// <param name="success">Whether <c>verify</c> passed.</param>
    /// <returns>The new state and any promotion.</returns>
    public static AutonomyStep RecordOutcome(PromotionRule rule, AutonomyState state, bool success)
    {
        ArgumentNullException.ThrowIfNull(state);
        var counted = state with { Runs = state.Runs + 1, Successes = state.Successes + (success ? 1 : 0) };
        return Evaluate(rule, counted);
    }

    /// <summary>Promotes when the rule holds and the playbook is below its promotion level.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="state">The state.</param>
    /// <returns>The (possibly promoted) state.</returns>
    public static AutonomyStep Evaluate(PromotionRule rule, AutonomyState state)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(state);
        rule.Validate();
        if (state.Level >= rule.PromoteTo)
        {
            return new AutonomyStep(state, null);
        }

        var evidence = Evidence(rule, state);
        if (!evidence.RuleHolds)
        {
            return new AutonomyStep(state, null);
        }

        var reason = string.Format(
            CultureInfo.InvariantCulture,
            "promoted: {0}/{1} runs succeeded; Wilson {2:P0} lower bound {3:P1} >= {4:P1} after >= {5} runs",
            state.Successes,
            state.Runs,
            rule.Confidence,
            evidence.WilsonLower,
            rule.MinSuccessRate,
            rule.MinRuns);
        return new AutonomyStep(state with { Level = rule.PromoteTo }, new AutonomyTransition(state.Level, rule.PromoteTo, reason, evidence));
    }

    /// <summary>
    /// A circuit breaker tripped: back to the declared level, and the evidence starts again, because the record that
    /// earned the promotion no longer describes how the playbook behaves now.
    /// </summary>
    /// <param name="rule">The rule.</param>
    /// <param name="state">The state at the trip.</param>
    /// <returns>The demoted state; the transition is <see langword="null"/> when it already ran at the declared level.</returns>
    public static AutonomyStep BreakerTripped(PromotionRule rule, AutonomyState state)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(state);
        var evidence = Evidence(rule, state);
        var reset = new AutonomyState(rule.Declared, 0, 0, state.BreakerTrips + 1);
        var transition = state.Level == rule.Declared
            ? null
            : new AutonomyTransition(state.Level, rule.Declared, "demoted: circuit breaker tripped; evidence restarts", evidence);
        return new AutonomyStep(reset, transition);
    }

    private static bool Holds(PromotionRule rule, int successes, int runs) =>
        runs >= rule.MinRuns && runs > 0 && Wilson.Lower(successes, runs, rule.Confidence) >= rule.MinSuccessRate;

    /// <summary>The smallest k with the rule holding after k more successes; the lower bound rises with k, so bisect.</summary>
    private static int? SuccessfulRunsNeeded(PromotionRule rule, int successes, int runs)
    {
        if (!Holds(rule, successes + SearchLimit, runs + SearchLimit))
        {
            return null;
        }

        int lo = 0, hi = SearchLimit;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (Holds(rule, successes + mid, runs + mid))
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }
}
