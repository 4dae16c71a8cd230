using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Remedy.Cli.Running;
using Remedy.Cli.Runtime;
using Remedy.Runtime.Engine;
using Remedy.Runtime.Learning;
using Remedy.Runtime.Providers;
using Remedy.Learning.Context;
using Remedy.Learning.Metrics;
using Remedy.Learning.Plotting;
using Remedy.Learning.Statistics;
using Remedy.Runtime.Journal;
using static Remedy.Cli.Reporting.MetricText;

namespace Remedy.Cli.Commands;

/// <summary>
/// <c>remedy stats</c>: what the recorded runs say, per playbook and overall: success rate (with its
/// Wilson interval), mean time to recover, human intervention rate, and, for playbooks that learn,
/// incidents to 90% accuracy and a learning-curve plot.
/// </summary>
public static class StatsCommand
{
    /// <summary>Builds the command.</summary>
    /// <param name="console">Where output goes.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliConsole console)
    {
        var state = StateOptions.State();
        var format = new Option<string>("--format") { Description = "text (default) or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var plot = new Option<string?>("--plot") { Description = "Also draw the learning curves of playbooks that learn to this SVG file." };
        var playbooks = new Option<string[]>("--playbooks")
        {
            Description = "Files or folders of the playbooks: also show each one's autonomy level, its promotion evidence and what the next promotion needs.",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("stats", "Show success rate, MTTR, human intervention rate and learning efficiency from the recorded runs. Exit code: 0 shown, 2 bad usage or unusable state file.")
        {
            state, format, plot, playbooks,
        };
        command.SetAction(parsed => Run(console, parsed.GetValue(state)!, parsed.GetValue(format) == "json", parsed.GetValue(plot), parsed.GetValue(playbooks) ?? []));
        return command;
    }

    /// <summary>Prints the metrics.</summary>
    /// <param name="console">Where output goes.</param>
    /// <param name="statePath">The state file.</param>
    /// <param name="json">JSON instead of text.</param>
    /// <param name="plotPath">Where to draw learning curves, or null.</param>
    /// <param name="playbookPaths">The playbooks, to report their autonomy; empty to skip it.</param>
    /// <returns>The exit code.</returns>
    public static int Run(CliConsole console, string statePath, bool json, string? plotPath, IReadOnlyList<string> playbookPaths) => StateOptions.Guard(console, () =>
    {
        var opened = RuntimeHost.TryOpen(console, statePath, create: false, configPath: null, withProviders: false, out var host);
        if (host is null) return opened;
        using (host)
        {
            var autonomy = new List<AutonomyEvidence>();
            if (playbookPaths.Count > 0)
            {
                var compiled = PlaybookWorkspace.TryCompile(console, playbookPaths, out var image, out var providerIds);
                if (compiled != ExitCodes.Success) return compiled;
                // Nothing runs here: stand-in providers only let the runtime load and re-check the manifests.
                var runtime = new PlaybookRuntime(host.Store, ProviderRegistry.Create([.. providerIds.Select(id => new UnconfiguredProvider(id))]));
                var loaded = runtime.LoadAssembly(image, "stats.dll");
                foreach (var error in loaded.Errors) console.Error.WriteLine($"error: load: {error}");
                if (loaded.Errors.Count > 0) return ExitCodes.BadUsage;
                autonomy.AddRange(loaded.Playbooks.Select(p => AutonomyEvidence.For(p, host.Store)).OrderBy(a => a.Playbook, StringComparer.Ordinal));
            }

            var runs = host.Runtime.Runs(openOnly: false, int.MaxValue).Where(Counts).OrderBy(r => r.StartedAt).ToList();
            var report = OutcomeMetricsCalculator.Compute([.. runs.Select(ToRecord)]);
            var learned = host.Store.Outcomes();
            var learning = OutcomeMetricsCalculator.Compute([.. learned.Select(o => new OutcomeRecord(
                o.Playbook + "/" + o.Choice, [.. o.Features.Select(f => FeatureValue.Of(f))], o.Option, o.Probability, o.Success, o.TimeToRecover, o.HumanActed))]);
            if (json) WriteJson(console.Output, report, learning, autonomy);
            else WriteText(console.Output, report, learning, autonomy);

            if (plotPath is not null)
            {
                if (learned.Count == 0)
                {
                    console.Error.WriteLine("no learned choices recorded yet; nothing to plot");
                }
                else
                {
                    var panels = learned.GroupBy(o => o.Playbook + "/" + o.Choice)
                        .Select(g => LearningCurves.Panel([.. g.Select(o => new OutcomeRecord(g.Key, [], o.Option, o.Probability, o.Success, o.TimeToRecover, o.HumanActed))], title: g.Key))
                        .ToList();
                    SvgLineChart.Write(panels, plotPath);
                    console.Output.WriteLine($"learning curves: {plotPath}");
                }
            }
            return ExitCodes.Success;
        }
    });

    /// <summary>Runs that say something about a remedy: it succeeded, or it acted and failed.</summary>
    private static bool Counts(RunRecord run) =>
        !run.DryRun && run.Outcome is { } outcome &&
        (outcome == RunOutcome.Succeeded || run.Acted && outcome is RunOutcome.Failed or RunOutcome.TimedOut or RunOutcome.Aborted or RunOutcome.Recovered);

    private static OutcomeRecord ToRecord(RunRecord run)
    {
        var success = run.Outcome == RunOutcome.Succeeded;
        // A run that did not recover the service leaves it to a person.
        return new OutcomeRecord(run.Playbook, [], "", 1, success, run.EndedAt - run.StartedAt, !success);
    }

    private static void WriteText(TextWriter output, OutcomeReport report, OutcomeReport learning, IReadOnlyList<AutonomyEvidence> autonomy)
    {
        WriteAutonomy(output, autonomy);
        if (report.Overall.Runs == 0)
        {
            output.WriteLine("no finished runs yet");
            return;
        }
        output.WriteLine($"{"playbook",-36} {"runs",5}  {"success (95% interval)",-24} {"MTTR",8}  {"human",6}");
        foreach (var m in report.PerPlaybook.Append(report.Overall))
        {
            output.WriteLine($"{m.Playbook ?? "overall",-36} {m.Runs,5}  {Rate(m.SuccessRate),-24} {Duration(m.MeanTimeToRecover),8}  {Percent(m.HumanInterventionRate.PointEstimate),6}");
        }
        if (learning.PerPlaybook.Count == 0) return;
        output.WriteLine();
        output.WriteLine($"{"learned choice",-36} {"runs",5}  {"success (95% interval)",-24} {"incidents to 90%",16}");
        foreach (var m in learning.PerPlaybook)
        {
            output.WriteLine($"{m.Playbook,-36} {m.Runs,5}  {Rate(m.SuccessRate),-24} {(m.IncidentsTo90PercentAccuracy?.ToString(CultureInfo.InvariantCulture) ?? "not yet"),16}");
        }
    }

    private static void WriteAutonomy(TextWriter output, IReadOnlyList<AutonomyEvidence> autonomy)
    {
        if (autonomy.Count == 0) return;
        output.WriteLine($"{"playbook",-36} {"autonomy",-24} promotion");
        foreach (var a in autonomy)
        {
            var level = a.Effective == a.Declared ? Level(a.Declared) : $"{Level(a.Effective)} (declared {Level(a.Declared)})";
            var promotion = a.Rule is not { } rule || a.Evidence is not { } e
                ? "none declared"
                : $"to {Level(rule.To)} after {rule.AfterRuns} runs at Wilson lower bound >= {Percent(rule.MinSuccessRate)}: " +
                  $"{e.Successes}/{e.Runs} succeeded, lower bound {Percent(e.WilsonLower)}" +
                  (e.RuleHolds ? ", holds" : e.SuccessfulRunsNeeded is { } n ? $", needs {n} more successful run(s)" : ", cannot hold without fewer failures");
            output.WriteLine($"{a.Playbook,-36} {level,-24} {promotion}");
        }
        output.WriteLine();
    }

    private static string Level(Remedy.Runtime.Manifest.AutonomyLevel level) => level switch
    {
        Remedy.Runtime.Manifest.AutonomyLevel.ObserveOnly => "observe_only",
        _ => level.ToString().ToLowerInvariant(),
    };

    private static void WriteJson(TextWriter output, OutcomeReport report, OutcomeReport learning, IReadOnlyList<AutonomyEvidence> autonomy)
    {
        var document = new
        {
            overall = Json(report.Overall),
            playbooks = report.PerPlaybook.Select(Json).ToArray(),
            learnedChoices = learning.PerPlaybook.Select(Json).ToArray(),
            autonomy = autonomy.Select(a => new
            {
                playbook = a.Playbook,
                declared = Level(a.Declared),
                effective = Level(a.Effective),
                promoteTo = a.Rule is { } r ? Level(r.To) : null,
                afterRuns = a.Rule?.AfterRuns,
                minSuccessRate = a.Rule?.MinSuccessRate,
                runs = a.Evidence?.Runs,
                successes = a.Evidence?.Successes,
                wilsonLower = a.Evidence?.WilsonLower,
                ruleHolds = a.Evidence?.RuleHolds,
                successfulRunsNeeded = a.Evidence?.SuccessfulRunsNeeded,
            }).ToArray(),
        };
        output.WriteLine(JsonSerializer.Serialize(document, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase }));
    }

    private static object Json(OutcomeMetrics m) => new
    {
        name = m.Playbook,
        runs = m.Runs,
        successRate = m.SuccessRate.PointEstimate,
        successRateLower = m.SuccessRate.Lower,
        successRateUpper = m.SuccessRate.Upper,
        mttrSeconds = m.MeanTimeToRecover?.TotalSeconds,
        humanInterventionRate = m.HumanInterventionRate.PointEstimate,
        incidentsTo90PercentAccuracy = m.IncidentsTo90PercentAccuracy,
    };
}
