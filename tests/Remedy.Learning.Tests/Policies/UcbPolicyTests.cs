using Remedy.Learning.Context;
using Remedy.Learning.Policies;

namespace Remedy.Learning.Tests.Policies;

public sealed class UcbPolicyTests
{
    private static readonly LearningContext Context = LearningContext.Of("search");
    private static readonly VerifiedOptions Options = VerifiedOptions.Of("a", "b", "c");

    [Fact]
    public void Index_is_mean_plus_the_ucb1_bonus()
    {
        // 0.5 + √(2 ln 8 / 2) = 0.5 + √(ln 8).
        Assert.Equal(0.5 + Math.Sqrt(Math.Log(8)), UcbPolicy.Index(0.5, 2, 8, 1), 12);
        Assert.Equal(0.5 + (2 * Math.Sqrt(Math.Log(8))), UcbPolicy.Index(0.5, 2, 8, 2), 12);
        Assert.Equal(double.PositiveInfinity, UcbPolicy.Index(0, 0, 8, 1));
    }

    [Fact]
    public void Untried_options_come_first_and_their_probability_reflects_the_tie()
    {
        var policy = new UcbPolicy(new UcbOptions(), new Random(4));
        policy.Update(Context, "b", 1);

        var decision = policy.Select(Context, Options);

        Assert.NotEqual("b", decision.Option);
        Assert.Equal(0.5, decision.Probability);
    }

    [Fact]
    public void Picks_the_largest_index_deterministically()
    {
        var policy = new UcbPolicy(new UcbOptions(), new Random(4));
        // a: 3/4, b: 1/2, c: 1/1. N = 7: a 0.75 + √(2 ln 7/4) = 1.7364, b 0.5 + √(ln 7) = 1.8950, c 1 + √(2 ln 7) = 2.9727.
        foreach (var (option, reward) in new[] { ("a", 1), ("a", 1), ("a", 1), ("a", 0), ("b", 1), ("b", 0), ("c", 1) })
        {
            policy.Update(Context, option, reward);
        }

        var decision = policy.Select(Context, Options);

        Assert.Equal("c", decision.Option);
        Assert.Equal(1, decision.Probability);
    }

    [Fact]
    public void Counts_only_outcomes_of_the_verified_options()
    {
        var policy = new UcbPolicy(new UcbOptions(), new Random(4));
        policy.Update(Context, "a", 0);
        policy.Update(Context, "a", 0);
        for (var i = 0; i < 10; i++)
        {
            policy.Update(Context, "b", i < 9 ? 1 : 0);
        }

        for (var i = 0; i < 50; i++)
        {
            policy.Update(Context, "retired", 0);
        }

        // N = 12: a 0 + √(ln 12) = 1.576 < b 0.9 + √(2 ln 12 / 10) = 1.605. Counting the 50 retired runs (N = 62)
        // would flip it: a 2.032 > b 1.808.
        Assert.Equal("b", policy.Select(Context, VerifiedOptions.Of("a", "b")).Option);
    }
}
