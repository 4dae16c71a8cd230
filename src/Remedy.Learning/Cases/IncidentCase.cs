using Remedy.Learning.Context;

namespace Remedy.Learning.Cases;

/// <summary>One past incident: its features, what was done, and how it went.</summary>
/// <param name="Features">The incident's feature vector.</param>
/// <param name="Option">The remedy that ran (it may be one no current playbook verifies, e.g. a manual fix).</param>
/// <param name="Reward">The outcome in [0, 1]; 1 when <c>verify</c> passed.</param>
/// <param name="TimeToRecover">How long recovery took, when known.</param>
/// <param name="Sequence">Insertion order in the case base; newer cases have larger numbers.</param>
public sealed record IncidentCase(
    IReadOnlyList<FeatureValue> Features,
    string Option,
    double Reward,
    TimeSpan? TimeToRecover,
    long Sequence);
