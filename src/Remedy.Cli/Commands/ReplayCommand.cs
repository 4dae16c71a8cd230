using System.CommandLine;
using Remedy.Cli.Running;
using Remedy.Cli.Runtime;

namespace Remedy.Cli.Commands;

/// <summary>
/// <c>remedy replay</c>: plans every alert file of a folder against a workspace and prints one summary table, so CI
/// can prove that every known alert starts a playbook and that no plan would be refused.
/// </summary>
public static class ReplayCommand
{
    /// <summary>Builds the command.</summary>
    /// <param name="console">Where output goes.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliConsole console)
    {
        var alerts = new Argument<string>("alerts") { Description = "A folder of alert files (Alertmanager webhook payloads, *.json)." };
        var paths = new Argument<string[]>("paths") { Description = "Files or folders of .remedy files (one workspace).", Arity = ArgumentArity.OneOrMore };
        var state = StateOptions.State();
        var config = new Option<string?>("--config") { Description = $"The runtime configuration; its providers answer the plans' read-only queries. Default: {RuntimeConfig.DefaultFileName} in the current folder, if present." };
        var command = new Command("replay", "Plan every alert of a folder and summarise. Exit code: 0 every alert matched and no plan was refused, 1 otherwise (or the playbooks have errors), 2 bad usage.")
        {
            alerts, paths, state, config,
        };
        command.SetAction(parsed => Run(console, parsed.GetValue(alerts)!, parsed.GetValue(paths) ?? [], parsed.GetValue(state)!, parsed.GetValue(config)));
        return command;
    }

    /// <summary>Plans each alert file and prints the summary.</summary>
    /// <param name="console">Where output goes.</param>
    /// <param name="alertFolder">The folder of alert files.</param>
    /// <param name="paths">The workspace.</param>
    /// <param name="statePath">The state file whose guard state the plans read (never write).</param>
    /// <param name="configPath">The runtime configuration, or null for the default.</param>
    /// <returns>The exit code.</returns>
    public static int Run(CliConsole console, string alertFolder, IReadOnlyList<string> paths, string statePath, string? configPath) => StateOptions.Guard(console, () =>
    {
        if (!Directory.Exists(alertFolder))
        {
            console.Error.WriteLine($"error: '{alertFolder}' is not a folder of alert files");
            return ExitCodes.BadUsage;
        }

        var files = Directory.GetFiles(alertFolder, "*.json").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            console.Error.WriteLine($"error: '{alertFolder}' holds no alert files (*.json)");
            return ExitCodes.BadUsage;
        }

        var opened = PlanSession.TryOpen(console, paths, statePath, configPath, out var session);
        if (session is null)
        {
            return opened;
        }

        using (session)
        {
            var rows = new List<string[]>();
            var problems = 0;
            foreach (var file in files)
            {
                var name = Path.GetFileName(file);
                if (!AlertFile.TryRead(console, file, out var alerts))
                {
                    rows.Add([name, "-", "-", "unreadable (see above)"]);
                    problems++;
                    continue;
                }

                foreach (var matching in AlertMatcher.Match(console, alerts, session.Playbooks, only: null))
                {
                    var alert = AlertMatcher.Describe(matching.Alert);
                    if (matching.Matches.Count == 0)
                    {
                        rows.Add([name, alert, "-", "NO PLAYBOOK"]);
                        problems++;
                        continue;
                    }

                    foreach (var plan in Planner.Plan(session, matching))
                    {
                        rows.Add([name, alert, plan.Playbook.Name, Summary(plan)]);
                        problems += plan.IsRefused ? 1 : 0;
                    }
                }
            }

            Table(console.Output, ["alert file", "alert", "playbook", "plan"], rows);
            console.Output.WriteLine($"{files.Count} alert file(s), {rows.Count} row(s), {problems} problem(s); nothing was changed");
            return problems > 0 ? ExitCodes.Diagnostics : ExitCodes.Success;
        }
    });

    private static string Summary(PlaybookPlan plan)
    {
        var mutating = plan.Playbook.Manifest.Steps.Count(s => s.Effect != Remedy.Runtime.Manifest.Effect.ReadOnly);
        if (plan.GuardRefusals.Count > 0)
        {
            return string.Join("; ", plan.GuardRefusals.Select(r => $"REFUSED ({r.Guard}): {r.Message}"));
        }

        if (plan.IsRefused)
        {
            return plan.Result.Failure?.Refusal is { } refusal ? $"REFUSED ({refusal.Guard}): {refusal.Message}" : $"FAILED: {plan.Result.Failure?.Message ?? plan.Result.Message}";
        }

        return plan.UnknownTargets is not null
            ? $"{mutating} mutating step(s); targets unknown (provider not configured)"
            : $"{plan.Result.Plan.Count} mutation(s) planned in {mutating} mutating step(s)";
    }

    private static void Table(TextWriter output, string[] header, List<string[]> rows)
    {
        var widths = header.Select((h, i) => Math.Max(h.Length, rows.Select(r => r[i].Length).DefaultIfEmpty(0).Max())).ToArray();
        string Line(string[] cells) => string.Join("  ", cells.Select((c, i) => i == cells.Length - 1 ? c : c.PadRight(widths[i]))).TrimEnd();
        output.WriteLine(Line(header));
        output.WriteLine(Line([.. widths.Select(w => new string('-', w))]));
        foreach (var row in rows)
        {
            output.WriteLine(Line(row));
        }
    }
}
