using Remedy.Cli.Commands;
using Remedy.Runtime.Alerts;
using Remedy.Runtime.Engine;
using Remedy.Runtime.Manifest;
using Remedy.Runtime.Safety;

namespace Remedy.Cli.Running;

/// <summary>Dry-runs each playbook an alert matches, in a <see cref="PlanSession"/>.</summary>
public static class Planner
{
    /// <summary>Plans every match of one alert.</summary>
    /// <param name="session">The session.</param>
    /// <param name="matching">The alert's matches.</param>
    /// <returns>One plan per matched playbook.</returns>
    public static IReadOnlyList<PlaybookPlan> Plan(PlanSession session, AlertMatching matching) =>
        matching.Matches.Select(match =>
        {
            var request = new RunRequest { RequestedBy = RunCommand.Requester, Input = matching.Alert.Input, DryRun = true };
            var result = session.Runtime.RunAsync(match.Playbook, request).GetAwaiter().GetResult();
            return new PlaybookPlan(match.Playbook, match.Trigger, result, Guards(session, match.Playbook.Manifest, result.Autonomy));
        }).ToList();

    private static List<Refusal> Guards(PlanSession session, PlaybookManifest manifest, AutonomyLevel autonomy)
    {
        var refusals = new List<Refusal>();
        // Only a run that may act meets these guards; observe_only and suggest never mutate.
        if (autonomy is not (AutonomyLevel.Supervised or AutonomyLevel.Autonomous) || manifest.Steps.All(s => s.Effect == Effect.ReadOnly))
        {
            return refusals;
        }

        var kill = session.Runtime.KillSwitch.State;
        if (kill.Paused)
        {
            refusals.Add(new Refusal(GuardKind.KillSwitch, $"all mutations are paused by {kill.By} since {kill.At:u}{(string.IsNullOrWhiteSpace(kill.Reason) ? string.Empty : $" ({kill.Reason})")}; 'remedy resume' allows them"));
        }

        var now = DateTimeOffset.UtcNow;
        if (manifest.CircuitBreaker is { } breaker && session.Store.GetBreakerTrip(manifest.Name) is { } trippedAt && CircuitBreaker.IsOpen(breaker, trippedAt, now))
        {
            refusals.Add(CircuitBreaker.OpenRefusal(manifest.Name, breaker, trippedAt));
        }

        // Taking a slot writes only to the session's private copy of the state.
        if (manifest.RateLimit is { } rate && !session.Store.TryTakeRateSlot(manifest.Name, "plan-" + Guid.NewGuid().ToString("N"), rate.Count, now - rate.Window, now))
        {
            refusals.Add(new Refusal(GuardKind.RateLimit, $"'{manifest.Name}' already acted {rate.Count} time(s) within {rate.Window}; rate_limit is {rate.Count} per {rate.Window}"));
        }

        return refusals;
    }
}
