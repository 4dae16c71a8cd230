using Remedy.Learning.Cases;
using Remedy.Learning.Context;
using Remedy.Learning.Policies;
using Remedy.Learning.Statistics;

namespace Remedy.Learning.Tests.Policies;

public sealed class ThompsonPolicyTests
{
    private static readonly LearningContext Checkout = LearningContext.Of("checkout", "critical");
    private static readonly VerifiedOptions Options = VerifiedOptions.Of("restart", "scale_out", "rollback");

    [Fact]
    public void Success_adds_to_alpha_failure_to_beta_and_fractions_split()
    {
        var policy = new ThompsonPolicy(new ThompsonOptions { PriorAlpha = 2, PriorBeta = 3 }, new Random(1));

        Assert.Equal((2.0, 3.0), policy.Posterior(Checkout, "restart"));
        policy.Update(Checkout, "restart", 1);
        Assert.Equal((3.0, 3.0), policy.Posterior(Checkout, "restart"));
        policy.Update(Checkout, "restart", 0);
        Assert.Equal((3.0, 4.0), policy.Posterior(Checkout, "restart"));
        policy.Update(Checkout, "restart", 0.25);
        Assert.Equal((3.25, 4.75), policy.Posterior(Checkout, "restart"));
    }

    [Fact]
    public void Contexts_learn_separately()
    {
        var policy = new ThompsonPolicy(new ThompsonOptions(), new Random(1));
        var search = LearningContext.Of("search", "critical");

        policy.Update(Checkout, "restart", 1);

        Assert.Equal((2.0, 1.0), policy.Posterior(Checkout, "restart"));
        Assert.Equal((1.0, 1.0), policy.Posterior(search, "restart"));
    }

    [Fact]
    public void The_recorded_probability_is_the_posterior_probability_of_being_the_largest_draw()
    {
        var policy = new ThompsonPolicy(new ThompsonOptions(), new Random(3));
        policy.Update(Checkout, "restart", 1);
        policy.Update(Checkout, "scale_out", 0);

        var decision = policy.Select(Checkout, Options);

        var expected = BetaArgMaxProbability.Of([2, 1, 1], [1, 2, 1], decision.Index);
        Assert.Equal(expected, decision.Probability, 12);
    }

    [Fact]
    public void Empirical_choice_frequency_matches_the_recorded_probability()
    {
        var policy = new ThompsonPolicy(new ThompsonOptions(), new Random(11));
        policy.Update(Checkout, "restart", 1);
        policy.Update(Checkout, "restart", 1);
        policy.Update(Checkout, "scale_out", 1);

        var decisions = Enumerable.Range(0, 20_000).Select(_ => policy.Select(Checkout, Options)).ToArray();
        var restart = decisions.First(d => d.Option == "restart").Probability;

        // 20 000 draws: the standard error is about 0.0035.
        Assert.InRange(decisions.Count(d => d.Option == "restart") / 20_000.0, restart - 0.015, restart + 0.015);
    }

    [Fact]
    public void Learns_the_best_option_of_a_simple_bandit()
    {
        var policy = new ThompsonPolicy(new ThompsonOptions(), new Random(5));
        var world = new Random(6);
        double[] success = [0.3, 0.9, 0.5];

        for (var i = 0; i < 300; i++)
        {
            var d = policy.Select(Checkout, Options);
            policy.Update(Checkout, d.Option, world.NextDouble() < success[d.Index] ? 1 : 0);
        }

        var late = Enumerable.Range(0, 100).Count(_ => policy.Select(Checkout, Options).Option == "scale_out");
        Assert.True(late >= 90, $"chose the best option {late} times out of 100");
    }

    [Fact]
    public void Warm_start_turns_the_nearest_cases_into_similarity_weighted_pseudo_counts()
    {
        var cases = new CaseBase();
        cases.Retain(["checkout", "critical"], "restart", 1);
        cases.Retain(["checkout", "critical"], "restart", 1);
        cases.Retain(["checkout", "warning"], "restart", 0);   // similarity 0.5
        cases.Retain(["checkout", "warning"], "scale_out", 1); // similarity 0.5
        cases.Retain(["search", "warning"], "scale_out", 1);   // similarity 0: ignored
        var options = new ThompsonOptions { WarmStart = new WarmStartOptions { Neighbours = 10, MinSimilarity = 0.5, Weight = 2 } };
        var policy = new ThompsonPolicy(options, new Random(1), cases);

        policy.Select(Checkout, Options);

        Assert.Equal((1 + 4.0, 1 + 1.0), policy.Posterior(Checkout, "restart"));
        Assert.Equal((1 + 1.0, 1.0), policy.Posterior(Checkout, "scale_out"));
        Assert.Equal((1.0, 1.0), policy.Posterior(Checkout, "rollback"));
    }

    [Fact]
    public void Warm_start_counts_only_the_k_nearest_and_is_fixed_once_the_context_is_known()
    {
        var cases = new CaseBase();
        for (var i = 0; i < 5; i++)
        {
            cases.Retain(["checkout", "critical"], "restart", 1);
        }

        var policy = new ThompsonPolicy(new ThompsonOptions { WarmStart = new WarmStartOptions { Neighbours = 3 } }, new Random(1), cases);
        policy.Select(Checkout, Options);
        cases.Retain(["checkout", "critical"], "scale_out", 1);
        policy.Select(Checkout, Options);

        Assert.Equal((4.0, 1.0), policy.Posterior(Checkout, "restart"));
        Assert.Equal((1.0, 1.0), policy.Posterior(Checkout, "scale_out"));
    }

    [Fact]
    public void Warm_start_without_a_case_base_is_a_configuration_error() =>
        Assert.Throws<ArgumentException>(() => new ThompsonPolicy(new ThompsonOptions { WarmStart = new WarmStartOptions() }, new Random(1)));

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, -2)]
    public void Non_positive_priors_are_rejected(double alpha, double beta) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ThompsonPolicy(new ThompsonOptions { PriorAlpha = alpha, PriorBeta = beta }, new Random(1)));

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void Rewards_outside_the_unit_interval_are_rejected(double reward) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ThompsonPolicy(new ThompsonOptions(), new Random(1)).Update(Checkout, "restart", reward));

    [Fact]
    public void A_discount_shrinks_every_arm_of_the_context_towards_the_prior_before_each_update()
    {
        var policy = new ThompsonPolicy(new ThompsonOptions { Discount = 0.5 }, new Random(1));
        var other = LearningContext.Of("search", "critical");

        policy.Update(Checkout, "restart", 1);   // restart (2, 1)
        policy.Update(Checkout, "scale_out", 1); // restart (1.5, 1), scale_out (2, 1)
        policy.Update(other, "restart", 1);
        policy.Update(Checkout, "restart", 0);   // restart (1.25, 1) + failure, scale_out (1.5, 1)

        Assert.Equal((1.25, 2.0), policy.Posterior(Checkout, "restart"));
        Assert.Equal((1.5, 1.0), policy.Posterior(Checkout, "scale_out"));
        Assert.Equal((2.0, 1.0), policy.Posterior(other, "restart"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1.01)]
    public void A_discount_outside_0_to_1_is_rejected(double discount) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ThompsonPolicy(new ThompsonOptions { Discount = discount }, new Random(1)));
}
