using Remedy.Learning.Cases;
using Remedy.Learning.Context;
using Remedy.Learning.Policies;
using Remedy.Learning.Snapshots;

namespace Remedy.Learning.Tests.Snapshots;

public sealed class SnapshotRoundTripTests
{
    private static readonly VerifiedOptions Options = VerifiedOptions.Of("restart", "scale_out", "rollback");

    public static TheoryData<string> Kinds => new(PolicyFactory.Kinds);

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Json_round_trip_preserves_the_snapshot_exactly(string kind)
    {
        var policy = Trained(kind, new Random(7));

        var json = LearningJson.Serialize(policy.Snapshot());
        var again = LearningJson.Serialize(LearningJson.DeserializePolicy(json));

        Assert.Equal(json, again);
        Assert.Contains($"\"policy\":\"{kind}\"", json, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_policy_restored_from_json_behaves_exactly_like_the_original(string kind)
    {
        // Training only calls Update, which draws nothing, so the original's random stream is still at its start:
        // original and restored then face identical streams and must make identical choices.
        var original = Trained(kind, new Random(99));
        var restored = PolicyFactory.Restore(LearningJson.DeserializePolicy(LearningJson.Serialize(original.Snapshot())), new Random(99), History());

        var world = new Random(5);
        for (var i = 0; i < 100; i++)
        {
            var context = Contexts[i % Contexts.Length];
            var a = original.Select(context, Options);
            var b = restored.Select(context, Options);
            Assert.Equal((a.Option, a.Probability), (b.Option, b.Probability));
            var reward = world.NextDouble() < 0.5 ? 1 : 0;
            original.Update(context, a.Option, reward);
            restored.Update(context, b.Option, reward);
        }

        Assert.Equal(LearningJson.Serialize(original.Snapshot()), LearningJson.Serialize(restored.Snapshot()));
    }

    [Fact]
    public void A_case_base_round_trips_with_features_of_both_kinds_and_recovery_times()
    {
        var cases = History();
        cases.Retain([FeatureValue.Of("checkout"), FeatureValue.Of(0.93)], "restart", 0.5, TimeSpan.FromSeconds(95));

        var json = LearningJson.Serialize(cases.Snapshot());
        var restored = CaseBase.Restore(LearningJson.DeserializeCaseBase(json));

        Assert.Equal(json, LearningJson.Serialize(restored.Snapshot()));
        Assert.Equal(0.93, restored.Cases[^1].Features[1].Number);
        var next = restored.Retain(["x"], "restart", 1);
        Assert.Equal(cases.Cases[^1].Sequence + 1, next.Sequence);
    }

    private static readonly LearningContext[] Contexts =
    [
        LearningContext.Of("checkout", "critical"),
        LearningContext.Of("search", 2),
        LearningContext.Of("payments", "warning"),
    ];

    private static CaseBase History()
    {
        var cases = new CaseBase();
        cases.Retain(["payments", "warning"], "rollback", 1, TimeSpan.FromMinutes(5));
        cases.Retain(["payments", "critical"], "restart", 0, null);
        return cases;
    }

    private static ILearningPolicy Trained(string kind, Random random)
    {
        var spec = new PolicySpec(kind, FixedOption: "scale_out", Thompson: new ThompsonOptions { PriorAlpha = 0.5, WarmStart = new WarmStartOptions() });
        var policy = PolicyFactory.Create(spec, random, History());
        var world = new Random(3);
        for (var i = 0; i < 40; i++)
        {
            policy.Update(Contexts[i % 2], Options[world.Next(Options.Count)], world.NextDouble() < 0.6 ? 1 : 0.25, TimeSpan.FromSeconds(world.Next(60, 600)));
        }

        return policy;
    }
}
