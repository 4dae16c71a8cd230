using Remedy.Runtime.Engine;
using Remedy.Runtime.Expressions;

namespace Remedy.Runtime.Alerts;

/// <summary>
/// Matches alerts to playbooks by their triggers: the alert name, firing or resolved, and the <c>where</c>
/// condition evaluated on the alert. Among the matching playbooks of one module only the highest <c>priority</c>
/// runs (a missing priority counts as 0); playbooks of equal priority all run, which the compiler warns about
/// (RMD1013) when their targets overlap. Playbooks of different modules never outrank each other.
/// </summary>
public static class TriggerMatcher
{
    /// <summary>Matches one alert.</summary>
    /// <param name="alert">The alert.</param>
    /// <param name="playbooks">The loaded playbooks.</param>
    /// <returns>What the alert starts.</returns>
    public static AlertMatching Match(TriggerAlert alert, IReadOnlyList<LoadedPlaybook> playbooks)
    {
        var matched = new List<TriggerMatch>();
        var problems = new List<string>();
        var resolved = alert.Status == AlertStatus.Resolved;
        foreach (var playbook in playbooks)
        {
            var triggers = playbook.Manifest.Triggers;
            for (var i = 0; i < triggers.Count; i++)
            {
                var trigger = triggers[i];
                if (trigger.OnResolved != resolved || !string.Equals(trigger.AlertName, alert.Name, StringComparison.Ordinal))
                {
                    continue;
                }

                if (Holds(playbook, i, alert, problems))
                {
                    // A playbook fires on any of its triggers, but once per alert.
                    matched.Add(new TriggerMatch(playbook, i));
                    break;
                }
            }
        }

        var winners = matched
            .GroupBy(m => m.Playbook.Manifest.Module, StringComparer.Ordinal)
            .SelectMany(module =>
            {
                var top = module.Max(m => m.Playbook.Manifest.Priority ?? 0);
                return module.Where(m => (m.Playbook.Manifest.Priority ?? 0) == top);
            })
            .ToHashSet();
        var runs = matched.Where(winners.Contains).ToList();
        var outranked = matched.Where(m => !winners.Contains(m)).Select(m => m.Playbook).ToList();
        return new AlertMatching(alert, runs, outranked, problems);
    }

    private static bool Holds(LoadedPlaybook playbook, int trigger, TriggerAlert alert, List<string> problems)
    {
        if (!playbook.Manifest.Triggers[trigger].HasCondition)
        {
            return true;
        }

        try
        {
            return playbook.Playbook.TriggerCondition(trigger, alert.Input);
        }
        catch (ExpressionException e)
        {
            // A condition that cannot be read on this alert (a field of the wrong type) does not start the playbook:
            // acting on an alert the author did not describe is worse than not acting.
            problems.Add($"{playbook.Name}: the where condition of trigger {trigger + 1} could not be evaluated on alert {alert.Name}: {e.Message}");
            return false;
        }
    }
}
