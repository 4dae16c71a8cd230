using MathNet.Numerics.Distributions;
using Remedy.Learning.Cases;
using Remedy.Learning.Context;
using Remedy.Learning.Snapshots;
using Remedy.Learning.Statistics;

namespace Remedy.Learning.Policies;

/// <summary>
/// Beta-Bernoulli Thompson sampling per (context key, option): draw θ ~ Beta(α, β) for every verified option
/// and run the largest; a success adds to α, a failure to β. Optionally warm-started from a case base.
/// </summary>
public sealed class ThompsonPolicy : ILearningPolicy
{
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

        return options.Decide(best, BetaArgMaxProbability.Of(alphas, betas, best));
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
        return BetaArgMaxProbability.Of(alphas, betas, index);
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
    /// The first time a context is seen, turns its nearest past cases into pseudo-counts. Done once per key and
    /// stored in the arms, so the prior is part of the snapshot and later growth of the case base cannot shift it.
    /// </summary>
    private void EnsureContext(LearningContext context, VerifiedOptions? options)
    {
        if (_warmStartCases is null || Options.WarmStart is not { } warm || _arms.HasKey(context.Key))
        {
            return;
        }

        var counts = new Dictionary<string, (double Alpha, double Beta)>(StringComparer.Ordinal);
        foreach (var match in _warmStartCases.Retrieve(context, warm.Neighbours, warm.MinSimilarity, options is null ? null : options.Contains))
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
            _arms.Set(context.Key, option, (Options.PriorAlpha + a, Options.PriorBeta + b));
        }
    }
}
