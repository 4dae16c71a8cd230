using Remedy.Learning.Context;
using Remedy.Learning.Snapshots;

namespace Remedy.Learning.Policies;

/// <summary>
/// Tabular Q-learning with ε-greedy exploration that decays per context: with probability ε a uniformly random
/// option, otherwise the option with the highest Q (ties broken at random).
/// </summary>
/// <remarks>
/// The update is Q ← Q + α (r + γ·V(s′) − Q). A remediation episode is a single decision that ends at
/// <c>verify</c>, so s′ is terminal, V(s′) = 0 and the update is the one-step (bandit) form Q ← Q + α (r − Q).
/// </remarks>
public sealed class QLearningPolicy : ILearningPolicy
{
    private readonly ArmTable<(double Q, long Updates)> _values = new();
    private readonly Dictionary<string, long> _updatesPerKey = new(StringComparer.Ordinal);
    private readonly Random _random;

    /// <summary>Creates a policy with no experience.</summary>
    /// <param name="options">The parameters.</param>
    /// <param name="random">The only source of randomness.</param>
    public QLearningPolicy(QLearningOptions options, Random random)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(random);
        options.Validate();
        Options = options;
        _random = random;
    }

    /// <inheritdoc />
    public string Kind => "q_learning";

    /// <summary>The parameters.</summary>
    public QLearningOptions Options { get; }

    /// <summary>Restores a policy from a snapshot.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="random">The only source of randomness.</param>
    /// <returns>The policy.</returns>
    public static QLearningPolicy Restore(QLearningSnapshot snapshot, Random random)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var policy = new QLearningPolicy(snapshot.Options, random);
        foreach (var v in snapshot.Values)
        {
            policy._values.Set(v.ContextKey, v.Option, (v.Q, v.Updates));
            policy._updatesPerKey[v.ContextKey] = policy._updatesPerKey.GetValueOrDefault(v.ContextKey) + v.Updates;
        }

        return policy;
    }

    /// <summary>The learned value of an option in a context (<see cref="QLearningOptions.InitialQ"/> if never updated).</summary>
    /// <param name="context">The context.</param>
    /// <param name="option">The option.</param>
    /// <returns>Q.</returns>
    public double Q(LearningContext context, string option)
    {
        ArgumentNullException.ThrowIfNull(context);
        return _values.TryGet(context.Key, option, out var v) ? v.Q : Options.InitialQ;
    }

    /// <summary>The exploration probability now in force for a context.</summary>
    /// <param name="context">The context.</param>
    /// <returns>ε = max(ε_min, ε_start × decay^updates).</returns>
    public double Epsilon(LearningContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var n = _updatesPerKey.GetValueOrDefault(context.Key);
        return Math.Max(Options.EpsilonMin, Options.EpsilonStart * Math.Pow(Options.EpsilonDecay, n));
    }

    /// <inheritdoc />
    public PolicyDecision Select(LearningContext context, VerifiedOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        var epsilon = Epsilon(context);
        var q = Values(context, options);
        var index = EpsilonGreedy.Choose(q, epsilon, _random);
        return options.Decide(index, EpsilonGreedy.Probability(q, epsilon, index));
    }

    /// <inheritdoc />
    public double ProbabilityOf(LearningContext context, VerifiedOptions options, string option)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        var index = options.IndexOf(option);
        return index < 0 ? 0 : EpsilonGreedy.Probability(Values(context, options), Epsilon(context), index);
    }

    /// <inheritdoc />
    public void Update(LearningContext context, string option, double reward, TimeSpan? timeToRecover = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentException.ThrowIfNullOrWhiteSpace(option);
        Rewards.Validate(reward);
        var (q, updates) = _values.TryGet(context.Key, option, out var v) ? v : (Options.InitialQ, 0L);
        const double terminalValue = 0;
        var target = reward + (Options.Gamma * terminalValue);
        _values.Set(context.Key, option, (q + (Options.Alpha * (target - q)), updates + 1));
        _updatesPerKey[context.Key] = _updatesPerKey.GetValueOrDefault(context.Key) + 1;
    }

    private double[] Values(LearningContext context, VerifiedOptions options) => options.Select(o => Q(context, o)).ToArray();

    /// <inheritdoc />
    public PolicySnapshot Snapshot() =>
        new QLearningSnapshot(Options, _values.Ordered().Select(v => new QValueState(v.Key, v.Option, v.Value.Q, v.Value.Updates)).ToArray());
}
