using Remedy.Learning.Statistics;

namespace Remedy.Learning.Tests.Statistics;

public sealed class ExploreThenCommitTests
{
    [Fact]
    public void One_trial_each_of_two_options_wins_outright_or_by_a_fair_tie_break()
    {
        // Best 1 & other 0: 0.45; ties (1-1: 0.45, 0-0: 0.05) are won half the time: 0.25.
        Assert.Equal(0.70, ExploreThenCommit.Accuracy([0.9, 0.5], 1), 12);
    }

    [Fact]
    public void Matches_brute_force_enumeration()
    {
        double[] rates = [0.55, 0.88, 0.50, 0.35];

        Assert.Equal(BruteForce(rates, 3), ExploreThenCommit.Accuracy(rates, 3), 10);
    }

    [Fact]
    public void Incidents_needed_is_the_first_multiple_of_the_option_count_reaching_the_target()
    {
        double[] rates = [0.92, 0.60, 0.45];

        var needed = ExploreThenCommit.IncidentsNeeded(rates, 0.9)!.Value;

        Assert.Equal(0, needed % 3);
        Assert.True(ExploreThenCommit.Accuracy(rates, needed / 3) >= 0.9);
        Assert.True(ExploreThenCommit.Accuracy(rates, (needed / 3) - 1) < 0.9);
    }

    private static double BruteForce(double[] rates, int m)
    {
        var total = 0.0;
        var counts = new int[rates.Length];
        while (true)
        {
            var p = 1.0;
            for (var i = 0; i < rates.Length; i++)
            {
                p *= MathNet.Numerics.Distributions.Binomial.PMF(rates[i], m, counts[i]);
            }

            var max = counts.Max();
            if (counts[1] == max)
            {
                total += p / counts.Count(c => c == max);
            }

            var k = 0;
            while (k < counts.Length && ++counts[k] > m)
            {
                counts[k++] = 0;
            }

            if (k == counts.Length)
            {
                return total;
            }
        }
    }
}
