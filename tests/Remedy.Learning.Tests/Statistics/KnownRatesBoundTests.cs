using Remedy.Learning.Statistics;

namespace Remedy.Learning.Tests.Statistics;

public sealed class KnownRatesBoundTests
{
    [Fact]
    public void Without_observations_every_assignment_is_equally_likely()
    {
        Assert.Equal(0.5, KnownRatesBound.Accuracy([0.9, 0.5], 0), 12);
        Assert.Equal(1.0 / 3, KnownRatesBound.Accuracy([0.9, 0.5, 0.2], 0), 12);
        Assert.Equal(1, KnownRatesBound.Accuracy([0.7], 0), 12);
    }

    [Fact]
    public void One_observation_of_two_options_matches_the_hand_computed_posterior()
    {
        // Try A: success with probability (0.9 + 0.5)/2 = 0.7, then P(A is 0.9) = 0.9/1.4; failure (0.3), then
        // P(B is 0.9) = 0.5/0.6. Accuracy = 0.7 · 0.9/1.4 + 0.3 · 0.5/0.6 = 0.45 + 0.25.
        Assert.Equal(0.70, KnownRatesBound.Accuracy([0.9, 0.5], 1), 12);
    }

    [Fact]
    public void Two_observations_of_two_options_match_a_brute_force_over_both_allocations()
    {
        double[] rates = [0.8, 0.3];

        // Either both observations on one option, or one on each; the DP must find the better of the two.
        Assert.Equal(Math.Max(SameOptionTwice(rates), OneEach(rates)), KnownRatesBound.Accuracy(rates, 2), 12);
    }

    [Fact]
    public void Certain_outcomes_identify_the_best_option_in_one_observation() =>
        Assert.Equal(1, KnownRatesBound.Accuracy([1, 0], 1), 12);

    [Fact]
    public void More_observations_never_lower_the_bound_and_it_beats_explore_then_commit()
    {
        double[] rates = [0.92, 0.60, 0.45];
        var previous = 0.0;
        for (var n = 0; n <= 9; n++)
        {
            var bound = KnownRatesBound.Accuracy(rates, n);
            Assert.True(bound >= previous - 1e-12, $"fell at {n}");
            previous = bound;
        }

        // Knowing the rates and allocating adaptively can only do better than trying each option equally.
        Assert.True(KnownRatesBound.Accuracy(rates, 9) >= ExploreThenCommit.Accuracy(rates, 3));
    }

    [Fact]
    public void Incidents_needed_is_the_first_index_whose_preceding_outcomes_reach_the_target()
    {
        double[] rates = [0.92, 0.60, 0.45];

        var n = KnownRatesBound.IncidentsNeeded(rates, 0.9)!.Value;

        Assert.True(KnownRatesBound.Accuracy(rates, n - 1) >= 0.9);
        Assert.True(KnownRatesBound.Accuracy(rates, n - 2) < 0.9);
        Assert.Null(KnownRatesBound.IncidentsNeeded([0.85, 0.75], 0.9, maxIncidents: 5));
    }

    [Fact]
    public void Bad_input_is_rejected_with_a_reason()
    {
        Assert.Throws<ArgumentException>(() => KnownRatesBound.Accuracy([0.5, 0.5], 1));
        Assert.Throws<ArgumentException>(() => KnownRatesBound.Accuracy([0.5, 1.5], 1));
        Assert.Throws<ArgumentException>(() => KnownRatesBound.Accuracy([0.9, 0.8, 0.7, 0.6, 0.5, 0.4], 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => KnownRatesBound.Accuracy([0.9, 0.5], -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => KnownRatesBound.IncidentsNeeded([0.9, 0.5], 0.9, KnownRatesBound.MaxObservations + 2));
    }

    private static double SameOptionTwice(double[] r)
    {
        // Observe A twice; assignments (A=r0, B=r1) and (A=r1, B=r0), each with prior 1/2.
        var total = 0.0;
        foreach (var (s, f) in new[] { (2, 0), (1, 1), (0, 2) })
        {
            var ways = s == 1 ? 2 : 1;
            var first = 0.5 * ways * Math.Pow(r[0], s) * Math.Pow(1 - r[0], f);
            var second = 0.5 * ways * Math.Pow(r[1], s) * Math.Pow(1 - r[1], f);
            total += Math.Max(first, second);
        }

        return total;
    }

    private static double OneEach(double[] r)
    {
        var total = 0.0;
        foreach (var a in new[] { 0, 1 })
        {
            foreach (var b in new[] { 0, 1 })
            {
                double P(double p, int x) => x == 1 ? p : 1 - p;
                var aBest = 0.5 * P(r[0], a) * P(r[1], b);
                var bBest = 0.5 * P(r[1], a) * P(r[0], b);
                total += Math.Max(aBest, bBest);
            }
        }

        return total;
    }
}
