using Remedy.Learning.Context;
using Remedy.Learning.Snapshots;

namespace Remedy.Learning.Policies;

/// <summary>
/// UCB1 per context: every verified option is tried once (in random order), then the option maximising
/// mean + c·√(2 ln N / n) runs, where N counts the context's outcomes over the verified options.
/// </summary>
/// <remarks>Deterministic apart from tie-breaking, so the recorded probability is 1 or 1 / (number of ties).</remarks>
public sealed class UcbPolicy : ILearningPolicy
{
    private readonly ArmTable<(long Pulls, double RewardSum)> _arms = new();
    private readonly Random _random;

    /// <summary>Creates a policy with no experience.</summary>
    /// <param name="options">The parameters.</param>
    /// <param name="random">The only source of randomness (tie-breaking).</param>
    public UcbPolicy(UcbOptions options, Random random)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(random);
        options.Validate();
        Options = options;
        _random = random;
    }

    /// <inheritdoc />
    public string Kind => "ucb";

    /// <summary>The parameters.</summary>
    public UcbOptions Options { get; }

    /// <summary>Restores a policy from a snapshot.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="random">The only source of randomness.</param>
    /// <returns>The policy.</returns>
    public static UcbPolicy Restore(UcbSnapshot snapshot, Random random)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var policy = new UcbPolicy(snapshot.Options, random);
        foreach (var arm in snapshot.Arms)
        {
            policy._arms.Set(arm.ContextKey, arm.Option, (arm.Pulls, arm.RewardSum));
        }

        return policy;
    }

    /// <summary>The UCB1 index mean + c·√(2 ln N / n); +∞ for an option never tried.</summary>
    /// <param name="mean">The option's mean reward.</param>
    /// <param name="pulls">n, how often the option ran.</param>
    /// <param name="totalPulls">N, how often any option ran in the context.</param>
    /// <param name="exploration">c.</param>
    /// <returns>The index.</returns>
    public static double Index(double mean, long pulls, long totalPulls, double exploration) =>
        pulls == 0 ? double.PositiveInfinity : mean + (exploration * Math.Sqrt(2 * Math.Log(totalPulls) / pulls));

    /// <inheritdoc />
    public PolicyDecision Select(LearningContext context, VerifiedOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        var (index, ties) = TieBreaking.PickBest(Indices(context, options), _random);
        return options.Decide(index, 1.0 / ties);
    }

    /// <inheritdoc />
    public double ProbabilityOf(LearningContext context, VerifiedOptions options, string option)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        var best = TieBreaking.Best(Indices(context, options));
        return best.Contains(options.IndexOf(option)) ? 1.0 / best.Count : 0;
    }

    private double[] Indices(LearningContext context, VerifiedOptions options)
    {
        var arms = options.Select(o => _arms.TryGet(context.Key, o, out var a) ? a : (0L, 0.0)).ToArray();
        var total = arms.Sum(a => a.Item1);
        return arms.Select(a => Index(a.Item1 == 0 ? 0 : a.Item2 / a.Item1, a.Item1, total, Options.Exploration)).ToArray();
    }

    /// <inheritdoc />
    public void Update(LearningContext context, string option, double reward, TimeSpan? timeToRecover = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentException.ThrowIfNullOrWhiteSpace(option);
        Rewards.Validate(reward);
        var (pulls, sum) = _arms.TryGet(context.Key, option, out var a) ? a : (0L, 0.0);
        _arms.Set(context.Key, option, (pulls + 1, sum + reward));
    }

    /// <inheritdoc />
    public PolicySnapshot Snapshot() =>
        new UcbSnapshot(Options, _arms.Ordered().Select(a => new ArmCountState(a.Key, a.Option, a.Value.Pulls, a.Value.RewardSum)).ToArray());
}
