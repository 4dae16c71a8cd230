namespace Remedy.Learning.Promotion;

/// <summary>
/// <c>autonomy &lt;Declared&gt;</c> with <c>promote to &lt;PromoteTo&gt; after &lt;MinRuns&gt; runs when success_rate &gt;= &lt;MinSuccessRate&gt;</c>.
/// The success rate is judged on its Wilson lower bound at <see cref="Confidence"/>, not on the raw ratio.
/// </summary>
/// <param name="Declared">The level the playbook declares, and falls back to after a breaker trip.</param>
/// <param name="PromoteTo">The level it may earn; above <paramref name="Declared"/>.</param>
/// <param name="MinRuns">Runs needed before promotion is considered.</param>
/// <param name="MinSuccessRate">The threshold the Wilson lower bound must reach, in (0, 1].</param>
/// <param name="Confidence">The Wilson interval's two-sided confidence.</param>
public sealed record PromotionRule(AutonomyLevel Declared, AutonomyLevel PromoteTo, int MinRuns, double MinSuccessRate, double Confidence = 0.95)
{
    /// <summary>Throws when the rule is inconsistent (the compiler should have rejected it already).</summary>
    public void Validate()
    {
        if (PromoteTo <= Declared)
        {
            throw new ArgumentException($"Cannot promote from {Declared} to {PromoteTo}: the target must be higher.");
        }

        if (MinRuns < 0 || !(MinSuccessRate is > 0 and <= 1) || !(Confidence is > 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(MinRuns), "Need MinRuns >= 0, MinSuccessRate in (0, 1] and Confidence in (0, 1).");
        }
    }
}
