using Remedy.Learning.Context;
using Remedy.Learning.Policies;
using Remedy.Learning.Snapshots;
using Remedy.Runtime.Learning;
using Remedy.Runtime.Manifest;

namespace Remedy.Runtime.Tests.Learning;

public sealed class ChoicePoliciesTests
{
    private static readonly VerifiedOptions Options = VerifiedOptions.Of("restart", "scale_out");

    [Fact]
    public void Written_parameters_replace_the_defaults_and_the_rest_stay()
    {
        var spec = ChoicePolicies.Spec(new ChoiceManifest("remedy", "thompson", ["restart", "scale_out"],
            Settings: new PolicySettings { PriorAlpha = 9, PriorBeta = 1, Commit = 0.9, WarmStart = true }));

        var thompson = spec.Thompson!;
        Assert.Equal((9.0, 1.0, 0.9), (thompson.PriorAlpha, thompson.PriorBeta, thompson.CommitConfidence));
        Assert.NotNull(thompson.WarmStart);
        Assert.Equal(new ThompsonOptions().Discount, thompson.Discount);
    }

    [Fact]
    public void A_choice_without_parameters_gets_the_library_defaults()
    {
        Assert.Equal(new ThompsonOptions(), ChoicePolicies.Spec(new ChoiceManifest("remedy", "thompson", ["a"])).Thompson);
        Assert.Equal(new QLearningOptions(), ChoicePolicies.Spec(new ChoiceManifest("remedy", "q_learning", ["a"])).QLearning);
        Assert.Equal(new UcbOptions(), ChoicePolicies.Spec(new ChoiceManifest("remedy", "ucb", ["a"])).Ucb);
        Assert.Equal(new CaseBasedOptions(), ChoicePolicies.Spec(new ChoiceManifest("remedy", "cases", ["a"])).Cases);
        Assert.Equal("restart", ChoicePolicies.Spec(new ChoiceManifest("remedy", "fixed", ["restart"], "restart")).FixedOption);
    }

    [Fact]
    public void No_exploration_is_honoured_although_it_is_below_the_default_floor()
    {
        // epsilon 0 is below the default ε floor (0.01), which the policy would reject; the floor follows it down.
        var spec = ChoicePolicies.Spec(new ChoiceManifest("remedy", "q_learning", ["restart", "scale_out"], Settings: new PolicySettings { Epsilon = 0, Alpha = 0.5 }));
        var policy = PolicyFactory.Create(spec, new Random(1));
        var context = new LearningContext([]);
        policy.Update(context, "scale_out", 1, TimeSpan.FromMinutes(1));

        Assert.All(Enumerable.Range(0, 50), _ => Assert.Equal("scale_out", policy.Select(context, Options).Option));
    }

    [Fact]
    public void Edited_parameters_apply_to_saved_state_without_forgetting_it()
    {
        var before = PolicyFactory.Create(ChoicePolicies.Spec(new ChoiceManifest("remedy", "thompson", ["restart", "scale_out"])), new Random(1));
        var context = new LearningContext([]);
        before.Update(context, "scale_out", 1, TimeSpan.FromMinutes(1));
        var edited = ChoicePolicies.Spec(new ChoiceManifest("remedy", "thompson", ["restart", "scale_out"], Settings: new PolicySettings { Commit = 0.6 }));

        var restored = PolicyFactory.Restore(ChoicePolicies.WithOptions(before.Snapshot(), edited), new Random(1));

        var snapshot = Assert.IsType<ThompsonSnapshot>(restored.Snapshot());
        Assert.Equal(0.6, snapshot.Options.CommitConfidence);
        // One success of scale_out (P(best) = 2/3) is kept, and 2/3 is enough to commit at 60%.
        Assert.Equal(1.0, restored.ProbabilityOf(context, Options, "scale_out"), 6);
    }

    [Fact]
    public void A_reloaded_playbook_with_edited_parameters_is_served_with_them_by_the_same_selector()
    {
        var store = new Remedy.Runtime.Storage.InMemoryStore();
        var selector = new LearningSelector(store, seed: 1);
        var byDefault = new ChoiceManifest("remedy", "thompson", ["restart", "scale_out"]);
        var edited = byDefault with { Settings = new PolicySettings { Commit = 0.6 } };
        ChoiceOutcome Outcome(ChoiceManifest choice, string run) =>
            new(run, "fix", choice, "scale_out", [], Success: true, TimeSpan.FromMinutes(1), HumanActed: false);

        selector.Learn(Outcome(byDefault, "r1"));
        selector.Learn(Outcome(edited, "r2"));

        // After one success scale_out is the best with probability 2/3: the edited 60% commits to it.
        Assert.Equal(1.0, store.Outcomes("fix")[1].Probability, 6);
        Assert.Equal(2, store.Outcomes("fix").Count);
    }
}
