using Remedy.Learning.Cases;
using Remedy.Learning.Context;
using Remedy.Learning.Policies;

namespace Remedy.Learning.Tests.Policies;

public sealed class ShieldTests
{
    public static TheoryData<string> Kinds => new(PolicyFactory.Kinds);

    [Theory]
    [MemberData(nameof(Kinds))]
    public void No_policy_ever_chooses_an_unverified_option_even_when_history_favours_it(string kind)
    {
        var verified = VerifiedOptions.Of("restart", "scale_out");
        var history = new CaseBase();
        for (var i = 0; i < 50; i++)
        {
            // A human's manual fix that always worked, but the compiler rejected it for this playbook.
            history.Retain(["disk", "logging"], "delete_pvc", 1);
        }

        var spec = new PolicySpec(kind, FixedOption: "scale_out", Thompson: new ThompsonOptions { WarmStart = new WarmStartOptions() });
        var policy = PolicyFactory.Create(spec, new Random(3), history);
        var context = LearningContext.Of("disk", "logging");

        for (var i = 0; i < 200; i++)
        {
            var decision = policy.Select(context, verified);
            Assert.True(verified.Contains(decision.Option), $"{kind} chose {decision.Option}");
            Assert.InRange(decision.Probability, double.Epsilon, 1);
            policy.Update(context, decision.Option, 0);
            policy.Update(context, "delete_pvc", 1);
        }
    }

    [Fact]
    public void A_decision_outside_the_verified_list_cannot_be_made()
    {
        var verified = VerifiedOptions.Of("restart");

        Assert.Throws<ShieldViolationException>(() => verified.Decide(1, 1));
        Assert.Throws<ShieldViolationException>(() => verified.Decide(-1, 1));
    }

    [Fact]
    public void A_fixed_option_the_compiler_did_not_verify_fails_closed() =>
        Assert.Throws<ShieldViolationException>(() => new FixedPolicy("delete_pvc").Select(LearningContext.Of(), VerifiedOptions.Of("restart")));

    [Fact]
    public void The_verified_list_must_be_non_empty_and_distinct()
    {
        Assert.Throws<ArgumentException>(() => VerifiedOptions.Of());
        Assert.Throws<ArgumentException>(() => VerifiedOptions.Of("a", "a"));
        Assert.Throws<ArgumentException>(() => VerifiedOptions.Of("a", " "));
    }

    [Fact]
    public void Fixed_policy_always_chooses_its_option_with_certainty()
    {
        var decision = new FixedPolicy("scale_out").Select(LearningContext.Of("x"), VerifiedOptions.Of("restart", "scale_out"));

        Assert.Equal(("scale_out", 1, 1.0), (decision.Option, decision.Index, decision.Probability));
    }
}
