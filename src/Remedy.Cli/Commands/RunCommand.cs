using System.CommandLine;
using Remedy.Cli.Running;
using Remedy.Cli.Runtime;
using Remedy.Runtime.Engine;

namespace Remedy.Cli.Commands;

/// <summary>
/// <c>remedy run</c>: compiles a workspace, loads it with the configured providers, matches each alert of an
/// Alertmanager webhook payload to playbooks by their triggers and runs them, showing progress as runs work or
/// wait for approval. A missing state file is created (runs must be journaled somewhere), in an existing folder.
/// </summary>
public static class RunCommand
{
    /// <summary>Who starts runs from an alert; this name can never approve them.</summary>
    public const string Requester = "alertmanager";

    /// <summary>Builds the command.</summary>
    /// <param name="console">Where output goes.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders of .remedy files (one workspace).", Arity = ArgumentArity.OneOrMore };
        var alert = new Option<string>("--alert") { Description = "The alert: an Alertmanager webhook payload (version 4) in a JSON file.", Required = true };
        var playbook = new Option<string?>("--playbook") { Description = "Run only this playbook (it must still match the alert)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Plan every mutation and perform none." };
        var state = StateOptions.State();
        var config = new Option<string?>("--config") { Description = $"The runtime configuration (which providers playbooks may use). Default: {RuntimeConfig.DefaultFileName} in the current folder, if present." };
        var command = new Command("run", "Run the playbooks an alert triggers. Exit code: 0 all runs succeeded (or were planned), 1 a run failed or was refused, or the playbooks have errors, 2 bad usage or bad input.")
        {
            paths, alert, playbook, dryRun, state, config,
        };
        command.SetAction(parsed => Run(
            console,
            parsed.GetValue(paths) ?? [],
            parsed.GetValue(alert)!,
            parsed.GetValue(playbook),
            parsed.GetValue(dryRun),
            parsed.GetValue(state)!,
            parsed.GetValue(config)));
        return command;
    }

    /// <summary>Runs the playbooks the alerts of <paramref name="alertPath"/> trigger.</summary>
    /// <param name="console">Where output goes.</param>
    /// <param name="paths">The workspace.</param>
    /// <param name="alertPath">The webhook payload file.</param>
    /// <param name="only">The one playbook to run, or null.</param>
    /// <param name="dryRun">Whether to plan only.</param>
    /// <param name="statePath">The state file.</param>
    /// <param name="configPath">The runtime configuration, or null for the default.</param>
    /// <returns>The exit code.</returns>
    public static int Run(CliConsole console, IReadOnlyList<string> paths, string alertPath, string? only, bool dryRun, string statePath, string? configPath) => StateOptions.Guard(console, () =>
    {
        if (!AlertFile.TryRead(console, alertPath, out var alerts))
        {
            return ExitCodes.BadUsage;
        }

        var compiled = PlaybookWorkspace.TryCompile(console, paths, out var image);
        if (compiled != ExitCodes.Success)
        {
            return compiled;
        }

        if (!CheckStateFolder(console, statePath, out var created))
        {
            return ExitCodes.BadUsage;
        }

        var options = new RuntimeOptions { Progress = new ConsoleProgress(console.Output, statePath) };
        var opened = RuntimeHost.TryOpen(console, statePath, create: true, configPath, withProviders: true, out var host, options);
        if (host is null)
        {
            return opened;
        }

        using (host)
        {
            if (created)
            {
                console.Output.WriteLine($"created the state file {statePath} (journal, approvals, guards)");
            }

            var loaded = PlaybookWorkspace.TryLoad(console, host.Runtime, image, host.ProviderIds, out var playbooks);
            if (loaded != ExitCodes.Success)
            {
                return loaded;
            }

            if (!AlertMatcher.CheckPlaybookName(console, playbooks, only))
            {
                return ExitCodes.BadUsage;
            }

            var matchings = AlertMatcher.Match(console, alerts, playbooks, only);
            if (matchings.All(m => m.Matches.Count == 0))
            {
                return ExitCodes.BadUsage;
            }

            var failed = 0;
            var total = 0;
            foreach (var matching in matchings.Where(m => m.Matches.Count > 0))
            {
                foreach (var outranked in matching.Outranked)
                {
                    console.Output.WriteLine($"{outranked.Name}: matched alert {AlertMatcher.Describe(matching.Alert)} but a playbook of module {outranked.Manifest.Module} with a higher priority runs instead");
                }

                foreach (var match in matching.Matches)
                {
                    total++;
                    console.Output.WriteLine($"{match.Playbook.Name}: starting on alert {AlertMatcher.Describe(matching.Alert)}{(dryRun ? " (dry run)" : string.Empty)}");
                    var request = new RunRequest { RequestedBy = Requester, Input = matching.Alert.Input, DryRun = dryRun };
                    var result = host.Runtime.RunAsync(match.Playbook, request).GetAwaiter().GetResult();
                    Print(console, result);
                    if (!result.Succeeded)
                    {
                        failed++;
                    }
                }
            }

            console.Output.WriteLine($"{total} run(s): {total - failed} succeeded{(dryRun ? " (dry run: nothing was changed)" : string.Empty)}, {failed} failed or refused; see 'remedy history{(statePath == StateOptions.DefaultState ? string.Empty : $" --state {statePath}")}'");
            return failed > 0 ? ExitCodes.Diagnostics : ExitCodes.Success;
        }
    });

    private static void Print(CliConsole console, RunResult result)
    {
        console.Output.WriteLine($"run {result.RunId} {result.Playbook}: {result.Outcome.ToString().ToLowerInvariant()} ({result.Autonomy.ToString().ToLowerInvariant()}): {result.Message}");
        foreach (var planned in result.Plan)
        {
            console.Output.WriteLine($"  would {planned.Action} on {planned.Target} in step '{planned.Step}'; rollback: {planned.Rollback}; gate: {planned.Gate}");
        }

        if (result.Failure?.Refusal is { } refusal)
        {
            console.Output.WriteLine($"  refused by the {refusal.Guard} guard: {refusal.Message}");
        }
    }

    private static bool CheckStateFolder(CliConsole console, string statePath, out bool created)
    {
        created = !File.Exists(statePath) && !Directory.Exists(statePath);
        var folder = Path.GetDirectoryName(Path.GetFullPath(statePath));
        if (created && folder is not null && !Directory.Exists(folder))
        {
            console.Error.WriteLine($"error: no state file at '{statePath}', and its folder '{folder}' does not exist to create one in.");
            console.Error.WriteLine("Create the folder, or point --state at a file in an existing folder (it is created on the first run).");
            return false;
        }

        return true;
    }
}
