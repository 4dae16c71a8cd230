using MathNet.Numerics.Distributions;
using Remedy.Learning.Cases;
using Remedy.Learning.Context;
using Remedy.Learning.Snapshots;
using Remedy.Learning.Statistics;

namespace Remedy.Learning.Policies;

/// <summary>
/// Beta-Bernoulli Thompson sampling per (context key, option): draw θ ~ Beta(α, β) for every verified option
/// and run the largest; a success adds to α, a failure to β. Once the option with the highest posterior mean is the
/// best with posterior probability ≥ <see cref="ThompsonOptions.CommitConfidence"/>, it runs without drawing.
/// Optionally warm-started from a case base.
/// </summary>
public sealed class ThompsonPolicy : ILearningPolicy
{
    // A tiny weight every challenger keeps, so the challenger distribution exists when the leader is certain.
    private const double ChallengerFloor = 1e-12;

    private readonly ArmTable<(double Alpha, double Beta)> _arms = new();
    private readonly Random _random;
    private readonly CaseBase? _warmStartCases;

    /// <summary>Creates a policy with no experience.</summary>
    /// <param name="options">Priors and warm-start settings.</param>
    /// <param name="random">The only source of randomness.</param>
    /// <param name="warmStartCases">The case base to warm-start from; required when <see cref="ThompsonOptions.WarmStart"/> is set.</param>
    public ThompsonPolicy(ThompsonOptions options, Random random, CaseBase? warmStartCases = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(random);
        options.Validate();
        if (options.WarmStart is not null && warmStartCases is null)
        {
            throw new ArgumentException("Warm start needs a case base.", nameof(warmStartCases));
        }

        Options = options;
        _random = random;
        _warmStartCases = options.WarmStart is null ? null : warmStartCases;
    }

    /// <inheritdoc />
    public string Kind => "thompson";

    /// <summary>The parameters.</summary>
    public ThompsonOptions Options { get; }

    /// <summary>Restores a policy from a snapshot.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="random">The only source of randomness.</param>
    /// <param name="warmStartCases">The case base for contexts not in the snapshot.</param>
    /// <returns>The policy.</returns>
    public static ThompsonPolicy Restore(ThompsonSnapshot snapshot, Random random, CaseBase? warmStartCases = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var policy = new ThompsonPolicy(snapshot.Options, random, warmStartCases);
        foreach (var arm in snapshot.Arms)
        {
            policy._arms.Set(arm.ContextKey, arm.Option, (arm.Alpha, arm.Beta));
        }

        return policy;
    }

    /// <summary>
    /// The current posterior of one arm (the prior, warm-started if configured, when never updated). Like
    /// <see cref="Select"/>, the first look at a context fixes its warm-start prior.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="option">The option.</param>
    /// <returns>α and β.</returns>
    public (double Alpha, double Beta) Posterior(LearningContext context, string option)
    {
        ArgumentNullException.ThrowIfNull(context);
        EnsureContext(context, null);
        return _arms.TryGet(context.Key, option, out var arm) ? arm : (Options.PriorAlpha, Options.PriorBeta);
    }

    /// <inheritdoc />
    public PolicyDecision Select(LearningContext context, VerifiedOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        var (alphas, betas) = Arms(context, options);
        if (Committed(alphas, betas) is { } committed)
        {
            return options.Decide(committed, 1);
        }

        var best = 0;
        var bestDraw = double.NegativeInfinity;
        for (var i = 0; i < options.Count; i++)
        {
            var draw = Beta.Sample(_random, alphas[i], betas[i]);
            if (draw > bestDraw)
            {
                (best, bestDraw) = (i, draw);
            }
        }

        if (Options.ChallengerShare is not { } share || options.Count < 2)
        {
            return options.Decide(best, BetaArgMaxProbability.Of(alphas, betas, best));
        }

        var leaderProbabilities = LeaderProbabilities(alphas, betas);
        var chosen = best;
        if (_random.NextDouble() < share)
        {
            // The challenger: the leader of a fresh draw conditioned on differing from this one's, i.e. option i ≠ best
            // with probability P_i / (1 − P_best).
            var u = _random.NextDouble() * ChallengerMass(leaderProbabilities, best);
            chosen = -1;
            for (var i = 0; i < options.Count && chosen < 0; i++)
            {
                if (i != best && (u -= ChallengerWeight(leaderProbabilities, i)) < 0)
                {
                    chosen = i;
                }
            }

            chosen = chosen < 0 ? (best == 0 ? 1 : 0) : chosen;
        }

        return options.Decide(chosen, TopTwoProbabilities(leaderProbabilities, share)[chosen]);
    }

    /// <summary>P(option i has the largest draw) for every option.</summary>
    private static double[] LeaderProbabilities(double[] alphas, double[] betas) =>
        Enumerable.Range(0, alphas.Length).Select(i => BetaArgMaxProbability.Of(alphas, betas, i)).ToArray();

    /// <summary>
    /// Top-two choice probabilities: (1 − s)·P_i + s·Σ_{j≠i} P_j·P_i / (1 − P_j), with a uniform challenger among the
    /// others when the leader is certain (its P_j is 1 and the others' 0).
    /// </summary>
    private static double[] TopTwoProbabilities(double[] leader, double share)
    {
        var result = new double[leader.Length];
        for (var j = 0; j < leader.Length; j++)
        {
            var mass = ChallengerMass(leader, j);
            for (var i = 0; i < leader.Length; i++)
            {
                result[i] += i == j ? (1 - share) * leader[j] : share * leader[j] * ChallengerWeight(leader, i) / mass;
            }
        }

        return result;
    }

    private static double ChallengerWeight(double[] leader, int i) => leader[i] + ChallengerFloor;

    private static double ChallengerMass(double[] leader, int excluded)
    {
        var mass = 0.0;
        for (var i = 0; i < leader.Length; i++)
        {
            mass += i == excluded ? 0 : ChallengerWeight(leader, i);
        }

        return mass;
    }

    /// <inheritdoc />
    public double ProbabilityOf(LearningContext context, VerifiedOptions options, string option)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        var index = options.IndexOf(option);
        if (index < 0)
        {
            return 0;
        }

        var (alphas, betas) = Arms(context, options);
        if (Committed(alphas, betas) is { } committed)
        {
            return index == committed ? 1 : 0;
        }

        return Options.ChallengerShare is { } share && options.Count > 1
            ? TopTwoProbabilities(LeaderProbabilities(alphas, betas), share)[index]
            : BetaArgMaxProbability.Of(alphas, betas, index);
    }

    /// <summary>
    /// The option run outright because it is confidently the best: the highest posterior mean (the first of equal
    /// means), when its probability of being the largest reaches the commit confidence; otherwise null.
    /// </summary>
    private int? Committed(double[] alphas, double[] betas)
    {
        if (Options.CommitConfidence is not { } confidence || alphas.Length < 2)
        {
            return null;
        }

        var greedy = 0;
        for (var i = 1; i < alphas.Length; i++)
        {
            if (alphas[i] / (alphas[i] + betas[i]) > alphas[greedy] / (alphas[greedy] + betas[greedy]))
            {
                greedy = i;
            }
        }

        return BetaArgMaxProbability.Of(alphas, betas, greedy) >= confidence ? greedy : null;
    }

    /// <inheritdoc />
    public void Update(LearningContext context, string option, double reward, TimeSpan? timeToRecover = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentException.ThrowIfNullOrWhiteSpace(option);
        Rewards.Validate(reward);
        EnsureContext(context, null);
        if (Options.Discount < 1)
        {
            Forget(context.Key);
        }

        var (alpha, beta) = _arms.TryGet(context.Key, option, out var arm) ? arm : (Options.PriorAlpha, Options.PriorBeta);

        // A fractional reward is a fractional Bernoulli observation; for 0/1 this is the conjugate update.
        _arms.Set(context.Key, option, (alpha + reward, beta + (1 - reward)));
    }

    /// <inheritdoc />
    public PolicySnapshot Snapshot() =>
        new ThompsonSnapshot(Options, _arms.Ordered().Select(a => new BetaArmState(a.Key, a.Option, a.Value.Alpha, a.Value.Beta)).ToArray());

    private (double[] Alphas, double[] Betas) Arms(LearningContext context, VerifiedOptions options)
    {
        EnsureContext(context, options);
        var alphas = new double[options.Count];
        var betas = new double[options.Count];
        for (var i = 0; i < options.Count; i++)
        {
            (alphas[i], betas[i]) = _arms.TryGet(context.Key, options[i], out var arm) ? arm : (Options.PriorAlpha, Options.PriorBeta);
        }

        return (alphas, betas);
    }

    /// <summary>Shrinks every arm of a context towards its prior by the discount.</summary>
    private void Forget(string key)
    {
        var d = Options.Discount;
        foreach (var option in _arms.OptionsOf(key))
        {
            _arms.TryGet(key, option, out var arm);
            _arms.Set(key, option, (Options.PriorAlpha + (d * (arm.Alpha - Options.PriorAlpha)), Options.PriorBeta + (d * (arm.Beta - Options.PriorBeta))));
        }
    }

    /// <summary>
    /// The first time a context is seen, turns its similar past cases into pseudo-counts, capped per option. Done once per key and
    /// stored in the arms, so the prior is part of the snapshot and later growth of the case base cannot shift it.
    /// </summary>
    private void EnsureContext(LearningContext context, VerifiedOptions? options)
    {
        if (_warmStartCases is null || Options.WarmStart is not { } warm || _arms.HasKey(context.Key))
        {
            return;
        }

        var counts = new Dictionary<string, (double Alpha, double Beta)>(StringComparer.Ordinal);
        var k = warm.Neighbours ?? Math.Max(1, _warmStartCases.Count);
        foreach (var match in _warmStartCases.Retrieve(context, k, warm.MinSimilarity, options is null ? null : options.Contains))
        {
            var weight = warm.Weight * match.Similarity;
            counts.TryGetValue(match.Case.Option, out var c);
            counts[match.Case.Option] = (c.Alpha + (weight * match.Case.Reward), c.Beta + (weight * (1 - match.Case.Reward)));
        }

        // Every verified option gets an arm even without cases, which also marks the key as initialised.
        foreach (var option in options ?? Enumerable.Empty<string>())
        {
            counts.TryAdd(option, (0, 0));
        }

        if (counts.Count == 0)
        {
            return;
        }

        foreach (var (option, (a, b)) in counts)
        {
            var scale = a + b > warm.MaxPseudoCount ? warm.MaxPseudoCount / (a + b) : 1;
            _arms.Set(context.Key, option, (Options.PriorAlpha + (scale * a), Options.PriorBeta + (scale * b)));
        }
    }
}
