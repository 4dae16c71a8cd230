namespace Remedy.Learning.Promotion;

/// <summary>What <c>remedy stats</c> shows for a playbook's promotion: the evidence and what is still missing.</summary>
/// <param name="Runs">Runs counted.</param>
/// <param name="Successes">Successful runs counted.</param>
/// <param name="PointEstimate">Successes / runs (0 with no runs).</param>
/// <param name="WilsonLower">The Wilson lower bound the rule judges.</param>
/// <param name="WilsonUpper">The Wilson upper bound, for context.</param>
/// <param name="MinRuns">The runs the rule requires.</param>
/// <param name="Threshold">The success rate the lower bound must reach.</param>
/// <param name="RuleHolds">Whether the rule holds now.</param>
/// <param name="SuccessfulRunsNeeded">
/// The fewest further runs, all successful, after which the rule would hold; 0 when it holds now and
/// <see langword="null"/> when no number of successes can reach the threshold (e.g. a threshold of 100%).
/// </param>
public sealed record PromotionEvidence(
    int Runs,
    int Successes,
    double PointEstimate,
    double WilsonLower,
    double WilsonUpper,
    int MinRuns,
    double Threshold,
    bool RuleHolds,
    int? SuccessfulRunsNeeded);
