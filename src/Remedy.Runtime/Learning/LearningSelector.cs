using System.Globalization;
using Remedy.Learning.Cases;
using Remedy.Learning.Context;
using Remedy.Learning.Policies;
using Remedy.Learning.Snapshots;
using Remedy.Runtime.Engine;
using Remedy.Runtime.Manifest;
using Remedy.Runtime.Storage;
using Remedy.Runtime.Values;

namespace Remedy.Runtime.Learning;

/// <summary>
/// Picks a <c>choose</c> option with the policy its manifest names (thompson, q_learning, ucb, cases,
/// fixed) and learns from every outcome. The policy and the case base of each (playbook, choice) are
/// kept in the runtime's store after every update, so learning survives restarts; every outcome is
/// recorded with the probability of the choice, for metrics and offline evaluation. The runtime still
/// accepts only verified options, whatever the policy answers.
/// </summary>
public sealed class LearningSelector : IRemedySelector
{
    private readonly ILearningStore store;
    private readonly TimeProvider clock;
    private readonly Random random;
    private readonly object gate = new();
    private readonly Dictionary<string, Learner> learners = new(StringComparer.Ordinal);

    /// <summary>Creates a selector over a store.</summary>
    /// <param name="store">Where learning state and outcomes are kept.</param>
    /// <param name="clock">The clock for outcome times; the system clock when null.</param>
    /// <param name="seed">Seeds the policies' sampling, so a simulation is repeatable; random when null.</param>
    public LearningSelector(ILearningStore store, TimeProvider? clock = null, int? seed = null)
    {
        this.store = store;
        this.clock = clock ?? TimeProvider.System;
        random = seed is { } s ? new Random(s) : new Random();
    }

    /// <inheritdoc />
    public string Select(string playbook, ChoiceManifest choice, IReadOnlyList<RValue> features)
    {
        lock (gate)
        {
            var learner = Get(playbook, choice);
            return learner.Policy.Select(Context(features), new VerifiedOptions(choice.Options)).Option;
        }
    }

    /// <inheritdoc />
    public void Learn(ChoiceOutcome outcome)
    {
        lock (gate)
        {
            var learner = Get(outcome.Playbook, outcome.Choice);
            var context = Context(outcome.Features);
            var options = new VerifiedOptions(outcome.Choice.Options);
            // The probability is read before the update, from the state that made the choice (unless
            // another run of the same choice finished in between; the record says what was known).
            var probability = options.Contains(outcome.Option) ? learner.Policy.ProbabilityOf(context, options, outcome.Option) : 0;
            var reward = outcome.Success ? 1.0 : 0.0;
            learner.Policy.Update(context, outcome.Option, reward, outcome.TimeToRecover);
            learner.Cases.Retain(context.Features, outcome.Option, reward, outcome.TimeToRecover);
            store.PutLearningState(PolicyKey(learner.Key), LearningJson.Serialize(learner.Policy.Snapshot()));
            store.PutLearningState(CasesKey(learner.Key), LearningJson.Serialize(learner.Cases.Snapshot()));
            store.AppendOutcome(new LearningOutcome(outcome.RunId, outcome.Playbook, outcome.Choice.Name, outcome.Option,
                [.. context.Features.Select(f => f.ToCanonical())], probability, outcome.Success, outcome.TimeToRecover, outcome.HumanActed,
                clock.GetUtcNow()));
        }
    }

    /// <summary>The learned state of a choice as JSON (for <c>remedy stats</c> and tests), or null before its first outcome.</summary>
    /// <param name="playbook">The playbook.</param>
    /// <param name="choice">The choice's name.</param>
    /// <returns>The policy snapshot's JSON, or null.</returns>
    public string? PolicyState(string playbook, string choice) => store.GetLearningState(PolicyKey(Key(playbook, choice)));

    private Learner Get(string playbook, ChoiceManifest choice)
    {
        var key = Key(playbook, choice.Name);
        var spec = ChoicePolicies.Spec(choice);
        // A playbook reloaded with another policy or edited parameters is rebuilt from the saved state.
        if (learners.TryGetValue(key, out var learner) && learner.Spec == spec) return learner;

        var cases = store.GetLearningState(CasesKey(key)) is { } casesJson
            ? CaseBase.Restore(LearningJson.DeserializeCaseBase(casesJson))
            : new CaseBase();
        ILearningPolicy? policy = null;
        if (store.GetLearningState(PolicyKey(key)) is { } policyJson)
        {
            // Edited parameters apply to the saved state; a playbook whose policy changed since the state
            // was saved starts its new policy afresh (warm-started from the same case base where it can).
            var restored = PolicyFactory.Restore(ChoicePolicies.WithOptions(LearningJson.DeserializePolicy(policyJson), spec), random, cases);
            if (restored.Kind == choice.Policy) policy = restored;
        }
        policy ??= PolicyFactory.Create(spec, random, cases);
        learner = new Learner(key, spec, policy, cases);
        learners[key] = learner;
        return learner;
    }

    private static LearningContext Context(IReadOnlyList<RValue> features) => new([.. features.Select(Feature)]);

    private static FeatureValue Feature(RValue value) => value switch
    {
        StringValue s => FeatureValue.Of(s.Value),
        IntValue i => FeatureValue.Of(i.Value),
        NumberValue n when double.IsFinite(n.Value) => FeatureValue.Of(n.Value),
        BoolValue b => FeatureValue.Of(b.Value ? "true" : "false"),
        DurationValue d => FeatureValue.Of(d.Value.TotalSeconds),
        _ => FeatureValue.Of(ValueJson.Serialize(value)),
    };

    private static string Key(string playbook, string choice) => string.Create(CultureInfo.InvariantCulture, $"{playbook}/{choice}");

    private static string PolicyKey(string key) => "policy:" + key;

    private static string CasesKey(string key) => "cases:" + key;

    private sealed record Learner(string Key, PolicySpec Spec, ILearningPolicy Policy, CaseBase Cases);
}
