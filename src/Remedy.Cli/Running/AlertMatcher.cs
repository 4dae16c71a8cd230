using Remedy.Runtime.Alerts;
using Remedy.Runtime.Engine;

namespace Remedy.Cli.Running;

/// <summary>
/// Matches the alerts of a payload to loaded playbooks for <c>run</c> and <c>plan</c>, optionally restricted to one
/// playbook by name, and says plainly what matched nothing. <c>--playbook</c> narrows the choice but never
/// overrides a trigger: a playbook runs only on an alert its triggers describe.
/// </summary>
public static class AlertMatcher
{
    /// <summary>Checks that <paramref name="name"/> names a loaded playbook.</summary>
    /// <param name="console">Where the problem is reported.</param>
    /// <param name="playbooks">The loaded playbooks.</param>
    /// <param name="name">The requested name, or null.</param>
    /// <returns>True when no name was given or it names a playbook.</returns>
    public static bool CheckPlaybookName(CliConsole console, IReadOnlyList<LoadedPlaybook> playbooks, string? name)
    {
        if (name is null || playbooks.Any(p => p.Name == name))
        {
            return true;
        }

        console.Error.WriteLine($"error: no playbook is named '{name}'; the workspace has: {string.Join(", ", playbooks.Select(p => p.Name))}");
        return false;
    }

    /// <summary>Matches every alert; each alert that starts nothing is reported with the playbooks that exist.</summary>
    /// <param name="console">Where unmatched alerts are reported.</param>
    /// <param name="alerts">The alerts.</param>
    /// <param name="playbooks">The loaded playbooks.</param>
    /// <param name="only">The one playbook to consider, or null for all.</param>
    /// <returns>The matching of each alert (empty matches for those reported).</returns>
    public static IReadOnlyList<AlertMatching> Match(CliConsole console, IReadOnlyList<TriggerAlert> alerts, IReadOnlyList<LoadedPlaybook> playbooks, string? only)
    {
        var candidates = only is null ? playbooks : playbooks.Where(p => p.Name == only).ToList();
        var matchings = alerts.Select(alert => TriggerMatcher.Match(alert, candidates)).ToList();
        foreach (var matching in matchings)
        {
            foreach (var problem in matching.Problems)
            {
                console.Error.WriteLine($"warning: {problem}");
            }

            if (matching.Matches.Count == 0)
            {
                console.Error.WriteLine($"error: alert {Describe(matching.Alert)} matches no playbook{(only is null ? string.Empty : $" named '{only}'")}.");
                console.Error.WriteLine("  playbooks and their triggers:");
                foreach (var playbook in candidates)
                {
                    console.Error.WriteLine($"    {playbook.Name}: {Triggers(playbook)}");
                }
            }
        }

        return matchings;
    }

    /// <summary>An alert for a human: its name and status, with its fingerprint when it has one.</summary>
    /// <param name="alert">The alert.</param>
    /// <returns>E.g. <c>"DiskFull" (firing)</c>.</returns>
    public static string Describe(TriggerAlert alert) =>
        $"\"{alert.Name}\" ({alert.Status.ToString().ToLowerInvariant()}{(alert.Fingerprint.Length > 0 ? $", fingerprint {alert.Fingerprint}" : string.Empty)})";

    /// <summary>A playbook's triggers for a human.</summary>
    /// <param name="playbook">The playbook.</param>
    /// <returns>E.g. <c>alert "DiskFull" where ..., resolved "DiskFull"</c>.</returns>
    public static string Triggers(LoadedPlaybook playbook) => playbook.Manifest.Triggers.Count == 0
        ? "no triggers"
        : string.Join(", ", playbook.Manifest.Triggers.Select(t => $"{(t.OnResolved ? "resolved" : "alert")} \"{t.AlertName}\"{(t.HasCondition ? " where ..." : string.Empty)}"));
}
