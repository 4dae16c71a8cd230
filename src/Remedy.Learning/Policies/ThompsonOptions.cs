namespace Remedy.Learning.Policies;

/// <summary>Parameters of Beta-Bernoulli Thompson sampling.</summary>
public sealed record ThompsonOptions
{
    /// <summary>Prior α (pseudo-successes) of every arm; 1 with <see cref="PriorBeta"/> 1 is the uniform prior.</summary>
    public double PriorAlpha { get; init; } = 1;

    /// <summary>Prior β (pseudo-failures) of every arm.</summary>
    public double PriorBeta { get; init; } = 1;

    /// <summary>
    /// Forgetting factor in (0, 1]: before each update of a context, every arm's evidence beyond the prior is multiplied
    /// by it (discounted Thompson sampling), so about 1 / (1 − Discount) recent outcomes count. 1, the default, never
    /// forgets and is right for a stationary world; below 1 trades some accuracy for following a world that changes.
    /// </summary>
    public double Discount { get; init; } = 1;

    /// <summary>
    /// When set, the option with the highest posterior mean is run outright (probability 1, nothing drawn) once the
    /// posterior probability that it is the best, P(θ_i is the largest), reaches this confidence; below it the policy
    /// samples as usual. Thompson sampling alone keeps choosing a worse option with the probability that it might be
    /// the best long after the evidence is clear; committing at 95% confidence stops that, and sampling resumes by
    /// itself when failures of the committed option bring the confidence back under the threshold.
    /// <see langword="null"/> is textbook Thompson sampling. Default 0.95.
    /// </summary>
    public double? CommitConfidence { get; init; } = 0.95;

    /// <summary>
    /// When set, top-two Thompson sampling: while not committed, with this probability the policy runs the challenger
    /// (the leader of a fresh draw that differs from the first draw's leader) instead of the leader. It spends more
    /// incidents on the runner-up, which is what identifying the best quickly needs and what plain Thompson sampling,
    /// built to minimise regret, does least. <see langword="null"/> (default) is off.
    /// </summary>
    public double? ChallengerShare { get; init; }

    /// <summary>When set, the first time a context is seen its arms start from the similar past cases.</summary>
    public WarmStartOptions? WarmStart { get; init; }

    internal void Validate()
    {
        if (!(PriorAlpha > 0 && PriorBeta > 0 && double.IsFinite(PriorAlpha) && double.IsFinite(PriorBeta)))
        {
            throw new ArgumentOutOfRangeException(nameof(PriorAlpha), "Beta priors must be positive and finite.");
        }

        if (!(Discount is > 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(Discount), "The discount must be in (0, 1].");
        }

        if (CommitConfidence is { } c && !(c is > 0.5 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(CommitConfidence), "The commit confidence must be in (0.5, 1].");
        }

        if (ChallengerShare is { } share && !(share is > 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(ChallengerShare), "The challenger share must be in (0, 1).");
        }

        WarmStart?.Validate();
    }
}
