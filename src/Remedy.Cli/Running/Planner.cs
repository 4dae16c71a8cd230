using Remedy.Cli.Commands;
using Remedy.Runtime.Alerts;
using Remedy.Runtime.Engine;

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
            return new PlaybookPlan(match.Playbook, match.Trigger, result);
        }).ToList();
}
