using Remedy.Runtime.Engine;
using Remedy.Runtime.Safety;

namespace Remedy.Cli.Running;

/// <summary>What a run of one playbook on one alert would do, from a dry run.</summary>
/// <param name="Playbook">The playbook.</param>
/// <param name="Trigger">The index of the trigger that matched.</param>
/// <param name="Result">The dry run's result.</param>
/// <param name="GuardRefusals">
/// What the persisted guards (kill switch, circuit breaker, rate limit) would refuse now; a dry run plans mutations
/// without passing these guards, so the plan checks them itself.
/// </param>
public sealed record PlaybookPlan(LoadedPlaybook Playbook, int Trigger, RunResult Result, IReadOnlyList<Refusal> GuardRefusals)
{
    /// <summary>
    /// Why the targets are unknown (a query reached a provider the configuration does not give), or null when
    /// the dry run resolved them.
    /// </summary>
    public string? UnknownTargets => Result.Failure?.ProviderFailure?.Message is { } message && message.StartsWith(UnconfiguredProvider.MessagePrefix, StringComparison.Ordinal)
        ? message[UnconfiguredProvider.MessagePrefix.Length..].Trim()
        : null;

    /// <summary>Whether a guard refused the plan, or it failed for a reason other than an unconfigured provider.</summary>
    public bool IsRefused => GuardRefusals.Count > 0 || (!Result.Succeeded && UnknownTargets is null);
}
