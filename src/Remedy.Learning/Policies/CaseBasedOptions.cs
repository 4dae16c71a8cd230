namespace Remedy.Learning.Policies;

/// <summary>Parameters of case-based reasoning.</summary>
public sealed record CaseBasedOptions
{
    /// <summary>How many nearest cases are retrieved.</summary>
    public int Neighbours { get; init; } = 10;

    /// <summary>Cases less similar than this are not retrieved.</summary>
    public double MinSimilarity { get; init; } = 0.5;

    /// <summary>
    /// Pseudo-observations of a coin flip added to every option's score, (Σ s·r + w/2) / (Σ s + w): an option
    /// with no similar cases scores 0.5, so it gets tried once the known ones do worse than a coin flip.
    /// </summary>
    public double PriorWeight { get; init; } = 1;

    /// <summary>Probability of trying a uniformly random option instead of the best-scoring one.</summary>
    public double Epsilon { get; init; } = 0.05;

    /// <summary>The most cases kept; the oldest are forgotten first.</summary>
    public int Capacity { get; init; } = 10_000;

    internal void Validate()
    {
        if (Neighbours < 1 || MinSimilarity is < 0 or > 1 || !(PriorWeight > 0) || !double.IsFinite(PriorWeight)
            || Epsilon is < 0 or > 1 || Capacity < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Neighbours), "Need Neighbours >= 1, MinSimilarity and Epsilon in [0, 1], PriorWeight > 0, Capacity >= 1.");
        }
    }
}
