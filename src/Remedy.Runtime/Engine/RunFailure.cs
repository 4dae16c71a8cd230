using Remedy.Runtime.Journal;
using Remedy.Runtime.Providers;
using Remedy.Runtime.Safety;

namespace Remedy.Runtime.Engine;

/// <summary>Why a run did not succeed.</summary>
/// <param name="Outcome">The outcome.</param>
/// <param name="Message">What happened.</param>
/// <param name="Step">The step it happened in, or null.</param>
/// <param name="Refusal">The guard's refusal, when a guard stopped it.</param>
/// <param name="ProviderFailure">The provider failure, when a call failed.</param>
public sealed record RunFailure(RunOutcome Outcome, string Message, string? Step = null, Refusal? Refusal = null, ProviderFailure? ProviderFailure = null)
{
    /// <summary>What compensation did (set once the runtime has compensated).</summary>
    public CompensationReport Compensation { get; init; } = CompensationReport.None;
}
