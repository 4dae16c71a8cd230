using Remedy.Learning.Cases;
using Remedy.Learning.Context;
using Remedy.Learning.Policies;

namespace Remedy.Learning.Tests.Policies;

public sealed class ProbabilityOfTests
{
    public static TheoryData<string> Kinds => new(PolicyFactory.Kinds);

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Matches_the_probability_select_records_and_sums_to_one_over_the_verified_options(string kind)
    {
        var options = VerifiedOptions.Of("a", "b", "c");
        var policy = PolicyFactory.Create(new PolicySpec(kind, FixedOption: "b"), new Random(12), new CaseBase());
        var world = new Random(13);
        for (var i = 0; i < 80; i++)
        {
            var context = LearningContext.Of(i % 3 == 0 ? "checkout" : "search");
            var before = options.Select(o => policy.ProbabilityOf(context, options, o)).ToArray();

            var decision = policy.Select(context, options);

            Assert.Equal(before[decision.Index], decision.Probability, 9);
            Assert.Equal(1, before.Sum(), 3);
            Assert.Equal(0, policy.ProbabilityOf(context, options, "unverified"));
            policy.Update(context, decision.Option, world.NextDouble() < 0.25 * (decision.Index + 1) ? 1 : 0);
        }
    }

    [Fact]
    public void Asking_draws_nothing_from_the_random_stream()
    {
        var options = VerifiedOptions.Of("a", "b", "c");
        var context = LearningContext.Of("x");
        var asked = new ThompsonPolicy(new ThompsonOptions(), new Random(3));
        var silent = new ThompsonPolicy(new ThompsonOptions(), new Random(3));

        asked.ProbabilityOf(context, options, "a");

        Assert.Equal(silent.Select(context, options), asked.Select(context, options));
    }
}
