using Remedy.Learning.Context;
using Remedy.Learning.Policies;

namespace Remedy.Learning.Tests.Policies;

public sealed class QLearningPolicyTests
{
    private static readonly LearningContext Context = LearningContext.Of("checkout", 3);
    private static readonly VerifiedOptions Options = VerifiedOptions.Of("restart", "scale_out", "rollback", "flush");

    [Fact]
    public void One_step_update_moves_q_by_alpha_towards_the_reward_whatever_gamma_is()
    {
        foreach (var gamma in new[] { 0.0, 0.9, 1.0 })
        {
            var policy = new QLearningPolicy(new QLearningOptions { Alpha = 0.5, Gamma = gamma, InitialQ = 0.2 }, new Random(1));

            policy.Update(Context, "restart", 1);
            Assert.Equal(0.6, policy.Q(Context, "restart"), 12);   // 0.2 + 0.5 (1 − 0.2)
            policy.Update(Context, "restart", 0);
            Assert.Equal(0.3, policy.Q(Context, "restart"), 12);   // 0.6 + 0.5 (0 − 0.6)
            Assert.Equal(0.2, policy.Q(Context, "scale_out"), 12);
        }
    }

    [Fact]
    public void Epsilon_decays_per_update_of_the_context_down_to_its_floor()
    {
        var policy = new QLearningPolicy(new QLearningOptions { EpsilonStart = 0.4, EpsilonDecay = 0.5, EpsilonMin = 0.06 }, new Random(1));

        Assert.Equal(0.4, policy.Epsilon(Context), 12);
        policy.Update(Context, "restart", 1);
        Assert.Equal(0.2, policy.Epsilon(Context), 12);
        policy.Update(Context, "scale_out", 0);
        Assert.Equal(0.1, policy.Epsilon(Context), 12);
        policy.Update(Context, "scale_out", 0);
        Assert.Equal(0.06, policy.Epsilon(Context), 12);
        Assert.Equal(0.4, policy.Epsilon(LearningContext.Of("other")), 12);
    }

    [Fact]
    public void Recorded_probabilities_are_those_of_epsilon_greedy()
    {
        var policy = new QLearningPolicy(new QLearningOptions { EpsilonStart = 0.2, EpsilonDecay = 1, EpsilonMin = 0.2 }, new Random(2));
        policy.Update(Context, "scale_out", 1);

        var decisions = Enumerable.Range(0, 4000).Select(_ => policy.Select(Context, Options)).ToArray();

        Assert.All(decisions.Where(d => d.Option == "scale_out"), d => Assert.Equal(0.8 + (0.2 / 4), d.Probability, 12));
        Assert.All(decisions.Where(d => d.Option != "scale_out"), d => Assert.Equal(0.2 / 4, d.Probability, 12));
        Assert.InRange(decisions.Count(d => d.Option == "scale_out") / 4000.0, 0.82, 0.88);
    }

    [Fact]
    public void Greedy_ties_share_the_greedy_probability()
    {
        var policy = new QLearningPolicy(new QLearningOptions { EpsilonStart = 0, EpsilonMin = 0 }, new Random(2));

        var decision = policy.Select(Context, Options);

        Assert.Equal(0.25, decision.Probability, 12);
    }

    [Fact]
    public void Invalid_parameters_are_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new QLearningPolicy(new QLearningOptions { Alpha = 0 }, new Random(1)));
}
