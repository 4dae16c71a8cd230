using Remedy.Learning.Context;

namespace Remedy.Learning.Metrics;

/// <summary>What the runtime records for every run of a playbook with a learned choice.</summary>
/// <param name="Playbook">The playbook's qualified name.</param>
/// <param name="Features">The incident's features.</param>
/// <param name="Option">The option that ran.</param>
/// <param name="ChoiceProbability">The policy's probability of that choice (for offline evaluation).</param>
/// <param name="Success">Whether <c>verify</c> passed.</param>
/// <param name="TimeToRecover">From the alert to recovery, including any human work; <see langword="null"/> if unknown.</param>
/// <param name="HumanActed">Whether a human had to act to recover (an escalation), beyond approving a step.</param>
/// <param name="ChoseBest">
/// Whether the option was the best available; known only in simulations. Learning efficiency uses it when
/// every record has it and falls back to <paramref name="Success"/> otherwise.
/// </param>
public sealed record OutcomeRecord(
    string Playbook,
    IReadOnlyList<FeatureValue> Features,
    string Option,
    double ChoiceProbability,
    bool Success,
    TimeSpan? TimeToRecover,
    bool HumanActed,
    bool? ChoseBest = null);
