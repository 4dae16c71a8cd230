using System.Globalization;
using System.Text.Json;
using Remedy.Learning.Metrics;
using Remedy.Learning.Statistics;
using Remedy.Runtime.Journal;
using static Remedy.Cli.Reporting.MetricText;

namespace Remedy.Cli.Simulation;

/// <summary>Writes a simulation's result as text or JSON.</summary>
internal static class SimulationReportWriter
{
    /// <summary>Writes the human-readable report.</summary>
    /// <param name="output">Where.</param>
    /// <param name="result">The result.</param>
    public static void WriteText(TextWriter output, SimulationResult result)
    {
        var m = result.Metrics;
        var incidents = result.Incidents;
        output.WriteLine($"simulation {result.Spec.Name} of {result.Playbook}: {incidents.Count} incidents, seed {result.Seed}, one every {Duration(result.Spacing)} of simulated time");
        output.WriteLine($"  remedies tried         {m.Runs}");
        output.WriteLine($"  success rate           {Rate(m.SuccessRate)} (95% Wilson interval)");
        output.WriteLine($"  MTTR                   {Duration(m.MeanTimeToRecover)} (simulated)");
        output.WriteLine($"  human intervention     {Rate(m.HumanInterventionRate)}");
        var chosen = incidents.Count(i => i.Option is not null);
        output.WriteLine($"  incidents to 90%       {(m.IncidentsTo90PercentAccuracy?.ToString(CultureInfo.InvariantCulture) ?? "not reached")} (chose a best option in {incidents.Count(i => i.ChoseBest)} of {chosen} incidents; last 100: {Percent(LastAccuracy(incidents, 100))})");
        output.WriteLine($"  unsafe actions attempted {result.UnsafeActionsAttempted} (refused by blast radius, scope or autonomy guards); held back by breaker, rate limit or cooldown: {result.Throttled}");
        var aborted = incidents.Count(i => i.Outcome == RunOutcome.Aborted && i.Actions == 0);
        if (aborted > 0) output.WriteLine($"  aborted before acting   {aborted} (a require or an emitted guard stopped the run)");
        var options = Options(result);
        if (options.Count == 0) return;
        output.WriteLine();
        output.WriteLine($"  {"option",-20} {"chosen",7} {"succeeded",10} {"best for",9}");
        foreach (var o in options)
        {
            output.WriteLine($"  {o.Option,-20} {o.Chosen,7} {o.Succeeded,10} {o.BestFor,9}");
        }
    }

    /// <summary>Writes the report as JSON.</summary>
    /// <param name="output">Where.</param>
    /// <param name="result">The result.</param>
    public static void WriteJson(TextWriter output, SimulationResult result)
    {
        var m = result.Metrics;
        var document = new
        {
            simulation = result.Spec.Name,
            playbook = result.Playbook,
            seed = result.Seed,
            incidents = result.Incidents.Count,
            spacingSeconds = result.Spacing.TotalSeconds,
            remediesTried = m.Runs,
            successRate = m.SuccessRate.PointEstimate,
            successRateLower = m.SuccessRate.Lower,
            successRateUpper = m.SuccessRate.Upper,
            mttrSeconds = m.MeanTimeToRecover?.TotalSeconds,
            humanInterventionRate = m.HumanInterventionRate.PointEstimate,
            incidentsTo90PercentAccuracy = m.IncidentsTo90PercentAccuracy,
            choseBest = result.Incidents.Count(i => i.ChoseBest),
            accuracyLast100 = LastAccuracy(result.Incidents, 100),
            unsafeActionsAttempted = result.UnsafeActionsAttempted,
            throttled = result.Throttled,
            abortedBeforeActing = result.Incidents.Count(i => i.Outcome == RunOutcome.Aborted && i.Actions == 0),
            actionsPerformed = result.Incidents.Sum(i => i.Actions),
            outcomes = result.Incidents.GroupBy(i => i.Outcome.ToString()).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
            refusals = result.Incidents.Where(i => i.Refusal is not null).GroupBy(i => i.Refusal!.Value.ToString())
                .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
            options = Options(result).Select(o => new { name = o.Option, chosen = o.Chosen, succeeded = o.Succeeded, bestFor = o.BestFor }).ToArray(),
        };
        output.WriteLine(JsonSerializer.Serialize(document, new JsonSerializerOptions { WriteIndented = true }));
    }

    /// <summary>Draws the learning curve (trailing accuracy of choosing a best option) to an SVG file.</summary>
    /// <param name="result">The result.</param>
    /// <param name="path">The file.</param>
    public static void Plot(SimulationResult result, string path) =>
        Remedy.Learning.Plotting.SvgLineChart.Write(
            [LearningCurves.Panel(result.Records, title: $"{result.Spec.Name}: choosing the best option (trailing 10 incidents)")], path);

    private static List<(string Option, int Chosen, int Succeeded, int BestFor)> Options(SimulationResult result) =>
        [.. result.Spec.Outcomes.Select(o => o.Option)
            .Concat(result.Incidents.Select(i => i.Option).OfType<string>())
            .Concat(result.Incidents.SelectMany(i => i.BestOptions))
            .Distinct(StringComparer.Ordinal)
            .Select(o => (o,
                result.Incidents.Count(i => i.Option == o),
                result.Incidents.Count(i => i.Option == o && i.Success),
                result.Incidents.Count(i => i.BestOptions.Contains(o))))];

    private static double LastAccuracy(IReadOnlyList<IncidentResult> incidents, int count)
    {
        var last = incidents.Where(i => i.Option is not null).TakeLast(count).ToList();
        return last.Count == 0 ? 0 : last.Count(i => i.ChoseBest) / (double)last.Count;
    }
}
