namespace Remedy.Learning.Policies;

/// <summary>
/// How Thompson sampling turns the case base into prior pseudo-counts for a context it has not seen:
/// each of the <see cref="Neighbours"/> nearest cases adds <c>Weight × similarity × reward</c> to its option's α
/// and <c>Weight × similarity × (1 − reward)</c> to its β.
/// </summary>
public sealed record WarmStartOptions
{
    /// <summary>How many nearest cases to use.</summary>
    public int Neighbours { get; init; } = 20;

    /// <summary>Cases less similar than this contribute nothing (0.5: at least half the features agree).</summary>
    public double MinSimilarity { get; init; } = 0.5;

    /// <summary>Pseudo-counts per unit of similarity; below 1 trusts history less than fresh outcomes.</summary>
    public double Weight { get; init; } = 1;

    internal void Validate()
    {
        if (Neighbours < 1 || MinSimilarity is < 0 or > 1 || !(Weight >= 0) || !double.IsFinite(Weight))
        {
            throw new ArgumentOutOfRangeException(nameof(Neighbours), "Warm start needs Neighbours >= 1, MinSimilarity in [0, 1] and a finite Weight >= 0.");
        }
    }
}
