using Remedy.Runtime.Journal;
using Remedy.Runtime.Safety;

namespace Remedy.Cli.Simulation;

/// <summary>One simulated incident.</summary>
/// <param name="Index">Its position in the stream (0-based).</param>
/// <param name="Outcome">How the run ended.</param>
/// <param name="Option">The option chosen, or null when the run made no choice.</param>
/// <param name="BestOptions">The options with the highest success probability for this alert.</param>
/// <param name="Success">Whether it recovered.</param>
/// <param name="TimeToRecover">Simulated time from the run's start to its end.</param>
/// <param name="HumanActed">Whether a person had to act (approve a step, or take over after a failure).</param>
/// <param name="Refusal">The guard that refused it, if one did.</param>
/// <param name="Actions">The simulated actions performed.</param>
internal sealed record IncidentResult(
    int Index,
    RunOutcome Outcome,
    string? Option,
    IReadOnlyList<string> BestOptions,
    bool Success,
    TimeSpan TimeToRecover,
    bool HumanActed,
    GuardKind? Refusal,
    int Actions)
{
    /// <summary>Whether the chosen option was a best one (known only in simulation).</summary>
    public bool ChoseBest => Option is not null && BestOptions.Contains(Option);
}
