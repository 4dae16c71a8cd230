namespace Remedy.Learning.Policies;

/// <summary>
/// How Thompson sampling turns the case base into prior pseudo-counts for a context it has not seen: every similar
/// case (or the <see cref="Neighbours"/> nearest) adds <c>Weight × similarity × reward</c> to its option's α and
/// <c>Weight × similarity × (1 − reward)</c> to its β; an option's pseudo-counts are then scaled down, keeping their
/// ratio, so that α + β from history is at most <see cref="MaxPseudoCount"/>.
/// </summary>
public sealed record WarmStartOptions
{
    /// <summary>How many nearest cases to use; <see langword="null"/> (the default) uses every case at least <see cref="MinSimilarity"/> alike.</summary>
    public int? Neighbours { get; init; }

    /// <summary>Cases less similar than this contribute nothing (0.5: at least half the features agree).</summary>
    public double MinSimilarity { get; init; } = 0.5;

    /// <summary>Pseudo-counts per unit of similarity; below 1 trusts history less than fresh outcomes.</summary>
    public double Weight { get; init; } = 1;

    /// <summary>
    /// The most pseudo-outcomes history may give one option (default 10): however long the history, about this many
    /// fresh outcomes outweigh it, so a remedy that stopped working (or started to) is unlearned in a bounded time.
    /// </summary>
    public double MaxPseudoCount { get; init; } = 10;

    internal void Validate()
    {
        if (Neighbours is < 1 || MinSimilarity is < 0 or > 1 || !(Weight >= 0) || !double.IsFinite(Weight) || !(MaxPseudoCount > 0) || !double.IsFinite(MaxPseudoCount))
        {
            throw new ArgumentOutOfRangeException(nameof(Neighbours), "Warm start needs Neighbours >= 1 (or unset), MinSimilarity in [0, 1], a finite Weight >= 0 and a finite MaxPseudoCount > 0.");
        }
    }
}
