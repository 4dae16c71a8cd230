using Remedy.Learning.Cases;
using Remedy.Learning.Context;
using Remedy.Learning.Policies;

namespace Remedy.Learning.Tests.Policies;

public sealed class DeterminismTests
{
    public static TheoryData<string> Kinds => new(PolicyFactory.Kinds);

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_same_seed_gives_the_same_choices_and_probabilities(string kind)
    {
        Assert.Equal(Run(kind, 42), Run(kind, 42));
    }

    [Theory]
    [InlineData("thompson")]
    [InlineData("q_learning")]
    [InlineData("cases")]
    public void Different_seeds_explore_differently(string kind) =>
        Assert.NotEqual(Run(kind, 1), Run(kind, 2));

    /// <summary>A short simulated run whose outcomes come from a world fixed independently of the policy's seed.</summary>
    internal static List<(string Option, double Probability)> Run(string kind, int seed)
    {
        var policy = PolicyFactory.Create(new PolicySpec(kind, FixedOption: "b", Cases: new CaseBasedOptions { Epsilon = 0.2 }), new Random(seed), new CaseBase());
        var options = VerifiedOptions.Of("a", "b", "c");
        var world = new Random(1000);
        var trace = new List<(string, double)>();
        for (var i = 0; i < 60; i++)
        {
            var context = LearningContext.Of(i % 2 == 0 ? "checkout" : "search");
            var decision = policy.Select(context, options);
            trace.Add((decision.Option, decision.Probability));
            policy.Update(context, decision.Option, world.NextDouble() < 0.3 + (0.3 * decision.Index) ? 1 : 0);
        }

        return trace;
    }
}
