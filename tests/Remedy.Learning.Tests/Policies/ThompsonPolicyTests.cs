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

    [Fact]
    public void Commits_to_the_highest_mean_once_it_is_the_best_with_95_percent_posterior_probability()
    {
        var policy = new ThompsonPolicy(new ThompsonOptions(), new Random(2));
        for (var i = 0; i < 20; i++)
        {
            policy.Update(Checkout, "scale_out", 1);
        }

        policy.Update(Checkout, "restart", 0);
        policy.Update(Checkout, "rollback", 0);

        // scale_out Beta(21, 1) against Beta(1, 2) twice: P(best) is far above 0.95, so it runs with probability 1.
        Assert.True(BetaArgMaxProbability.Of([1, 21, 1], [2, 1, 2], 1) >= 0.95);
        Assert.All(Enumerable.Range(0, 50), _ =>
        {
            var d = policy.Select(Checkout, Options);
            Assert.Equal(("scale_out", 1.0), (d.Option, d.Probability));
        });
        Assert.Equal(1, policy.ProbabilityOf(Checkout, Options, "scale_out"));
        Assert.Equal(0, policy.ProbabilityOf(Checkout, Options, "restart"));
    }

    [Fact]
    public void Below_the_commit_confidence_it_samples_and_records_the_sampling_probability()
    {
        var policy = new ThompsonPolicy(new ThompsonOptions(), new Random(4));
        policy.Update(Checkout, "scale_out", 1);
        policy.Update(Checkout, "scale_out", 1);
        policy.Update(Checkout, "restart", 0);

        // Beta(1, 2), Beta(3, 1), Beta(1, 1): scale_out leads but is the largest with probability well below 0.95.
        var p = BetaArgMaxProbability.Of([1, 3, 1], [2, 1, 1], 1);
        Assert.InRange(p, 0.5, 0.94);
        var decisions = Enumerable.Range(0, 200).Select(_ => policy.Select(Checkout, Options)).ToArray();
        Assert.Contains(decisions, d => d.Option != "scale_out");
        Assert.All(decisions.Where(d => d.Option == "scale_out"), d => Assert.Equal(p, d.Probability, 12));
    }

    [Fact]
    public void Failures_of_the_committed_option_bring_sampling_back()
    {
        var policy = new ThompsonPolicy(new ThompsonOptions(), new Random(7));
        for (var i = 0; i < 6; i++)
        {
            policy.Update(Checkout, "restart", 1);
            policy.Update(Checkout, "scale_out", 0);
            policy.Update(Checkout, "rollback", 0);
        }

        Assert.Equal(1, policy.ProbabilityOf(Checkout, Options, "restart"));

        // The world changed: restart now fails. Its mean falls until it is no longer 95% sure to be the best.
        var failures = 0;
        while (policy.ProbabilityOf(Checkout, Options, "restart") == 1)
        {
            policy.Update(Checkout, "restart", 0);
            failures++;
        }

        Assert.InRange(failures, 1, 10);
        Assert.True(policy.ProbabilityOf(Checkout, Options, "scale_out") > 0);
    }

    [Fact]
    public void Without_a_commit_confidence_it_is_textbook_thompson_sampling()
    {
        var policy = new ThompsonPolicy(new ThompsonOptions { CommitConfidence = null }, new Random(2));
        for (var i = 0; i < 20; i++)
        {
            policy.Update(Checkout, "scale_out", 1);
        }

        var p = policy.ProbabilityOf(Checkout, Options, "scale_out");

        Assert.Equal(BetaArgMaxProbability.Of([1, 21, 1], [1, 1, 1], 1), p, 12);
        Assert.True(p < 1);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(1.01)]
    public void A_commit_confidence_outside_half_to_1_is_rejected(double confidence) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ThompsonPolicy(new ThompsonOptions { CommitConfidence = confidence }, new Random(1)));

    [Fact]
    public void Top_two_probabilities_add_up_and_match_the_empirical_choice_frequency()
    {
        var policy = new ThompsonPolicy(new ThompsonOptions { ChallengerShare = 0.5, CommitConfidence = null }, new Random(13));
        policy.Update(Checkout, "restart", 1);
        policy.Update(Checkout, "restart", 1);
        policy.Update(Checkout, "scale_out", 0);

        var expected = Options.Select(o => policy.ProbabilityOf(Checkout, Options, o)).ToArray();
        var counts = new int[3];
        for (var i = 0; i < 20_000; i++)
        {
            var d = policy.Select(Checkout, Options);
            counts[d.Index]++;
            Assert.Equal(expected[d.Index], d.Probability, 12);
        }

        Assert.Equal(1, expected.Sum(), 9);
        for (var i = 0; i < 3; i++)
        {
            Assert.InRange(counts[i] / 20_000.0, expected[i] - 0.015, expected[i] + 0.015);
        }
    }

    [Fact]
    public void Top_two_with_two_options_runs_the_runner_up_half_the_time_when_the_leader_is_certain()
    {
        // P(restart leads) is 1 to double precision, so the challenger share goes to scale_out: 0.5 each.
        var policy = new ThompsonPolicy(new ThompsonOptions { ChallengerShare = 0.5, CommitConfidence = null }, new Random(1));
        var two = VerifiedOptions.Of("restart", "scale_out");
        for (var i = 0; i < 400; i++)
        {
            policy.Update(Checkout, "restart", 1);
            policy.Update(Checkout, "scale_out", 0);
        }

        var p = policy.ProbabilityOf(Checkout, two, "scale_out");
        Assert.True(Math.Abs(p - 0.5) < 1e-5, $"p = {p:R}"); // the quadrature of P(restart leads) is good to about 1e-6
    }

    [Fact]
    public void Warm_start_by_default_uses_every_similar_case_and_caps_each_option_at_ten_pseudo_outcomes()
    {
        var cases = new CaseBase();
        for (var i = 0; i < 30; i++)
        {
            cases.Retain(["checkout", "critical"], "restart", i < 24 ? 1 : 0); // 24 successes, 6 failures
        }

        for (var i = 0; i < 4; i++)
        {
            cases.Retain(["checkout", "warning"], "scale_out", 1);                // similarity 0.5: 2 pseudo-successes
        }

        var policy = new ThompsonPolicy(new ThompsonOptions { WarmStart = new WarmStartOptions() }, new Random(1), cases);

        policy.Select(Checkout, Options);

        // restart: 30 pseudo-outcomes scaled to 10, keeping 24:6, i.e. 8 and 2 on top of the uniform prior.
        var (alpha, beta) = policy.Posterior(Checkout, "restart");
        Assert.Equal(1 + 8.0, alpha, 12);
        Assert.Equal(1 + 2.0, beta, 12);
        Assert.Equal((1 + 2.0, 1.0), policy.Posterior(Checkout, "scale_out"));
    }
}
