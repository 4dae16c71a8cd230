using Remedy.Runtime.Manifest;
using Remedy.Runtime.Values;

namespace Remedy.Runtime.Learning;

/// <summary>What happened after a choice: the reward signal a learner trains on.</summary>
/// <param name="RunId">The run.</param>
/// <param name="Playbook">The playbook.</param>
/// <param name="Choice">The choice, with its policy and verified options.</param>
/// <param name="Option">The option that ran.</param>
/// <param name="Features">The features it was chosen for.</param>
/// <param name="Success">Whether the run succeeded: its verification held.</param>
/// <param name="TimeToRecover">From the start of the run to its end.</param>
/// <param name="HumanActed">Whether a person had to act (approve a step, or take over after a failure).</param>
public sealed record ChoiceOutcome(
    string RunId,
    string Playbook,
    ChoiceManifest Choice,
    string Option,
    IReadOnlyList<RValue> Features,
    bool Success,
    TimeSpan TimeToRecover,
    bool HumanActed);
