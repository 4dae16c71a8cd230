using Remedy.Learning.Statistics;

namespace Remedy.Learning.Tests.Statistics;

public sealed class BetaArgMaxProbabilityTests
{
    [Fact]
    public void Beta_2_1_beats_a_uniform_with_probability_two_thirds()
    {
        // ∫ 2x · x dx over [0, 1] = 2/3.
        Assert.Equal(2.0 / 3, BetaArgMaxProbability.Of([2, 1], [1, 1], 0), 6);
        Assert.Equal(1.0 / 3, BetaArgMaxProbability.Of([2, 1], [1, 1], 1), 6);
    }

    [Fact]
    public void Beta_3_1_beats_a_uniform_with_probability_three_quarters() =>
        Assert.Equal(0.75, BetaArgMaxProbability.Of([3, 1], [1, 1], 0), 6);

    [Fact]
    public void Identical_arms_are_equally_likely_even_with_singular_jeffreys_priors()
    {
        Assert.Equal(1.0 / 3, BetaArgMaxProbability.Of([1, 1, 1], [1, 1, 1], 2), 6);
        Assert.Equal(0.5, BetaArgMaxProbability.Of([0.5, 0.5], [0.5, 0.5], 0), 4);
    }

    [Fact]
    public void A_uniform_against_a_sharp_arm_near_one_wins_one_time_in_1001()
    {
        // P(U > X) with X ~ Beta(1000, 1): ∫ x^1000 dx = 1/1001.
        Assert.Equal(1.0 / 1001, BetaArgMaxProbability.Of([1, 1000], [1, 1], 0), 6);
    }

    [Fact]
    public void Probabilities_of_all_arms_sum_to_one()
    {
        double[] alphas = [30, 20, 5, 9.5], betas = [3, 12, 8, 1.5];

        var total = Enumerable.Range(0, 4).Sum(i => BetaArgMaxProbability.Of(alphas, betas, i));

        Assert.Equal(1, total, 3);
    }
}
