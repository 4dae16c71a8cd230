using Remedy.Learning.Cases;
using Remedy.Learning.Context;
using Remedy.Learning.Policies;

namespace Remedy.Learning.Tests.Policies;

public sealed class CaseBasedPolicyTests
{
    private static readonly VerifiedOptions Options = VerifiedOptions.Of("restart", "scale_out", "rollback");

    [Fact]
    public void Reuse_scores_are_similarity_weighted_success_smoothed_towards_a_coin_flip()
    {
        var cases = new CaseBase();
        cases.Retain(["checkout", "critical"], "restart", 1);   // s = 1
        cases.Retain(["checkout", "warning"], "restart", 0);    // s = 0.5
        cases.Retain(["checkout", "critical"], "scale_out", 0); // s = 1
        var policy = new CaseBasedPolicy(new CaseBasedOptions { Neighbours = 10, PriorWeight = 1 }, new Random(1), cases);

        var scores = policy.Scores(LearningContext.Of("checkout", "critical"), Options);

        Assert.Equal((1 + 0.5) / (1.5 + 1), scores[0], 12);
        Assert.Equal(0.5 / (1 + 1), scores[1], 12);
        Assert.Equal(0.5, scores[2], 12);
    }

    [Fact]
    public void Chooses_the_best_scoring_option_with_the_epsilon_greedy_probability()
    {
        var cases = new CaseBase();
        cases.Retain(["checkout"], "scale_out", 1);
        cases.Retain(["checkout"], "scale_out", 1);
        var policy = new CaseBasedPolicy(new CaseBasedOptions { Epsilon = 0.3 }, new Random(9), cases);

        var decisions = Enumerable.Range(0, 50).Select(_ => policy.Select(LearningContext.Of("checkout"), Options)).ToArray();

        Assert.All(decisions.Where(d => d.Option == "scale_out"), d => Assert.Equal(0.7 + 0.1, d.Probability, 12));
        Assert.All(decisions.Where(d => d.Option != "scale_out"), d => Assert.Equal(0.1, d.Probability, 12));
    }

    [Fact]
    public void Update_revises_and_retains_the_outcome_as_a_new_case()
    {
        var policy = new CaseBasedPolicy(new CaseBasedOptions(), new Random(1));

        policy.Update(LearningContext.Of("checkout"), "rollback", 1, TimeSpan.FromMinutes(4));

        var stored = Assert.Single(policy.Cases.Cases);
        Assert.Equal(("rollback", 1.0, TimeSpan.FromMinutes(4)), (stored.Option, stored.Reward, stored.TimeToRecover!.Value));
        Assert.Equal((1 + 0.5) / (1 + 1), policy.Scores(LearningContext.Of("checkout"), Options)[2], 12);
    }

    [Fact]
    public void Recent_outcomes_displace_old_ones_among_equally_similar_neighbours()
    {
        var policy = new CaseBasedPolicy(new CaseBasedOptions { Neighbours = 3, Epsilon = 0 }, new Random(1));
        var context = LearningContext.Of("checkout");
        for (var i = 0; i < 5; i++)
        {
            policy.Update(context, "restart", 1);
        }

        for (var i = 0; i < 3; i++)
        {
            policy.Update(context, "restart", 0);
        }

        Assert.Equal(0.5 / 4, policy.Scores(context, Options)[0], 12);
        Assert.NotEqual("restart", policy.Select(context, Options).Option);
    }
}
