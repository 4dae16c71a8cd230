namespace Remedy.Runtime.Learning;

/// <summary>One recorded outcome of a learned choice, as stored for metrics and offline evaluation.</summary>
/// <param name="RunId">The run.</param>
/// <param name="Playbook">The playbook.</param>
/// <param name="Choice">The choice's name.</param>
/// <param name="Option">The option that ran.</param>
/// <param name="Features">The features, in canonical text form.</param>
/// <param name="Probability">The policy's probability of picking this option, for offline evaluation.</param>
/// <param name="Success">Whether the run succeeded.</param>
/// <param name="TimeToRecover">From the start of the run to its end.</param>
/// <param name="HumanActed">Whether a person had to act.</param>
/// <param name="At">When it was recorded.</param>
public sealed record LearningOutcome(
    string RunId,
    string Playbook,
    string Choice,
    string Option,
    IReadOnlyList<string> Features,
    double Probability,
    bool Success,
    TimeSpan TimeToRecover,
    bool HumanActed,
    DateTimeOffset At);
