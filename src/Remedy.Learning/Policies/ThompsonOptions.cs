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

    /// <summary>When set, the first time a context is seen its arms start from the nearest past cases.</summary>
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

        WarmStart?.Validate();
    }
}
