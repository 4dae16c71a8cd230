using Remedy.Learning.Cases;
using Remedy.Learning.Context;
using Remedy.Learning.Snapshots;

namespace Remedy.Learning.Policies;

/// <summary>
/// Case-based reasoning. Retrieve: the k past incidents most similar to this one, among those whose remedy is
/// verified here. Reuse: score each option by its similarity-weighted success, smoothed towards a coin flip, and
/// run the best (with ε exploration). Revise: the <c>verify</c> outcome confirms or refutes the reused remedy.
/// Retain: the incident, remedy and outcome become a new case.
/// </summary>
/// <remarks>
/// Equally similar cases are retrieved newest first, so for a recurring incident the k neighbours are its k most
/// recent occurrences: a sliding window that lets the policy follow a world that changes.
/// </remarks>
public sealed class CaseBasedPolicy : ILearningPolicy
{
    private readonly Random _random;

    /// <summary>Creates a policy over a case base (which it will grow).</summary>
    /// <param name="options">The parameters.</param>
    /// <param name="random">The only source of randomness.</param>
    /// <param name="cases">Past incidents to start from; a new empty base when omitted.</param>
    public CaseBasedPolicy(CaseBasedOptions options, Random random, CaseBase? cases = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(random);
        options.Validate();
        Options = options;
        _random = random;
        Cases = cases ?? new CaseBase(options.Capacity);
    }

    /// <inheritdoc />
    public string Kind => "cases";

    /// <summary>The parameters.</summary>
    public CaseBasedOptions Options { get; }

    /// <summary>The case base, including every retained outcome.</summary>
    public CaseBase Cases { get; }

    /// <summary>Restores a policy from a snapshot.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="random">The only source of randomness.</param>
    /// <returns>The policy.</returns>
    public static CaseBasedPolicy Restore(CaseBasedSnapshot snapshot, Random random)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new CaseBasedPolicy(snapshot.Options, random, CaseBase.Restore(snapshot.Cases));
    }

    /// <summary>The reuse score of every verified option: (Σ s·r + w/2) / (Σ s + w) over the retrieved cases.</summary>
    /// <param name="context">The incident.</param>
    /// <param name="options">The verified options.</param>
    /// <returns>One score per option, in the options' order.</returns>
    public double[] Scores(LearningContext context, VerifiedOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        var weighted = new double[options.Count];
        var weights = new double[options.Count];
        foreach (var match in Cases.Retrieve(context, Options.Neighbours, Options.MinSimilarity, options.Contains))
        {
            var i = options.IndexOf(match.Case.Option);
            weighted[i] += match.Similarity * match.Case.Reward;
            weights[i] += match.Similarity;
        }

        var w = Options.PriorWeight;
        return weighted.Select((s, i) => (s + (w / 2)) / (weights[i] + w)).ToArray();
    }

    /// <inheritdoc />
    public PolicyDecision Select(LearningContext context, VerifiedOptions options)
    {
        var scores = Scores(context, options);
        var index = EpsilonGreedy.Choose(scores, Options.Epsilon, _random);
        return options.Decide(index, EpsilonGreedy.Probability(scores, Options.Epsilon, index));
    }

    /// <inheritdoc />
    public double ProbabilityOf(LearningContext context, VerifiedOptions options, string option)
    {
        var scores = Scores(context, options);
        var index = options.IndexOf(option);
        return index < 0 ? 0 : EpsilonGreedy.Probability(scores, Options.Epsilon, index);
    }

    /// <inheritdoc />
    public void Update(LearningContext context, string option, double reward, TimeSpan? timeToRecover = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        Cases.Retain(context.Features, option, reward, timeToRecover);
    }

    /// <inheritdoc />
    public PolicySnapshot Snapshot() => new CaseBasedSnapshot(Options, Cases.Snapshot());
}
