using System.CommandLine;
using Remedy.Cli.Running;
using Remedy.Cli.Runtime;

namespace Remedy.Cli.Commands;

/// <summary>
/// <c>remedy plan</c>: what <c>remedy run</c> would do on an alert, acting on nothing: the matched playbooks, their
/// gates, steps and rollbacks, and the targets and mutations a dry run finds with the configured providers.
/// </summary>
public static class PlanCommand
{
    /// <summary>Builds the command.</summary>
    /// <param name="console">Where output goes.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders of .remedy files (one workspace).", Arity = ArgumentArity.OneOrMore };
        var alert = new Option<string>("--alert") { Description = "The alert: an Alertmanager webhook payload (version 4) in a JSON file.", Required = true };
        var playbook = new Option<string?>("--playbook") { Description = "Plan only this playbook (it must still match the alert)." };
        var state = StateOptions.State();
        var config = new Option<string?>("--config") { Description = $"The runtime configuration; its providers answer the plan's read-only queries. Default: {RuntimeConfig.DefaultFileName} in the current folder, if present." };
        var command = new Command("plan", "Show what a run on an alert would do, without acting. Exit code: 0 planned, 1 a guard would refuse (or the playbooks have errors), 2 bad usage or bad input.")
        {
            paths, alert, playbook, state, config,
        };
        command.SetAction(parsed => Run(console, parsed.GetValue(paths) ?? [], parsed.GetValue(alert)!, parsed.GetValue(playbook), parsed.GetValue(state)!, parsed.GetValue(config)));
        return command;
    }

    /// <summary>Plans the runs an alert file would start.</summary>
    /// <param name="console">Where output goes.</param>
    /// <param name="paths">The workspace.</param>
    /// <param name="alertPath">The webhook payload.</param>
    /// <param name="only">The one playbook to plan, or null.</param>
    /// <param name="statePath">The state file whose guard state the plan reads (never writes).</param>
    /// <param name="configPath">The runtime configuration, or null for the default.</param>
    /// <returns>The exit code.</returns>
    public static int Run(CliConsole console, IReadOnlyList<string> paths, string alertPath, string? only, string statePath, string? configPath) => StateOptions.Guard(console, () =>
    {
        if (!AlertFile.TryRead(console, alertPath, out var alerts))
        {
            return ExitCodes.BadUsage;
        }

        var opened = PlanSession.TryOpen(console, paths, statePath, configPath, out var session);
        if (session is null)
        {
            return opened;
        }

        using (session)
        {
            if (!AlertMatcher.CheckPlaybookName(console, session.Playbooks, only))
            {
                return ExitCodes.BadUsage;
            }

            var matchings = AlertMatcher.Match(console, alerts, session.Playbooks, only);
            if (matchings.All(m => m.Matches.Count == 0))
            {
                return ExitCodes.BadUsage;
            }

            if (!session.HasState)
            {
                console.Output.WriteLine($"(no state file at {statePath}: guards are judged from a fresh state)");
            }

            var refused = 0;
            foreach (var matching in matchings.Where(m => m.Matches.Count > 0))
            {
                console.Output.WriteLine($"alert {AlertMatcher.Describe(matching.Alert)}:");
                foreach (var outranked in matching.Outranked)
                {
                    console.Output.WriteLine($"  {outranked.Name} also matches but would not run: a playbook of module {outranked.Manifest.Module} with a higher priority does");
                }

                foreach (var plan in Planner.Plan(session, matching))
                {
                    PlanPrinter.Print(console.Output, plan);
                    refused += plan.IsRefused ? 1 : 0;
                }
            }

            console.Output.WriteLine(refused == 0 ? "nothing was changed" : $"{refused} plan(s) would be refused or fail; nothing was changed");
            return refused > 0 ? ExitCodes.Diagnostics : ExitCodes.Success;
        }
    });
}
