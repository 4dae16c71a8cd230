using System.Globalization;
using System.Text;
using Remedy.Learning.Statistics;

namespace Remedy.Learning.Benchmark;

/// <summary>Writes benchmark results as Markdown: a summary table per scenario and n90 per fault class.</summary>
public static class BenchmarkMarkdownFormatter
{
    /// <summary>Formats the results.</summary>
    /// <param name="results">The results.</param>
    /// <returns>Markdown text.</returns>
    public static string Format(LearningBenchmarkResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var o = results.Options;
        var n = o.IncidentsPerClass;
        var sb = new StringBuilder();
        Line(sb, $"Seeds: {o.Seeds} (base seed {o.BaseSeed}); {n} incidents per fault class in shuffled order; " +
                 $"{o.HistoryPerClass} past incidents per non-held-out class in the case base; human recovery {Minutes(o.HumanRecovery)}; " +
                 $"promotion rule {o.Promotion.Declared} → {o.Promotion.PromoteTo} after {o.Promotion.MinRuns} runs when the " +
                 $"{o.Promotion.Confidence:P0} Wilson lower bound ≥ {o.Promotion.MinSuccessRate:P0}; breaker after {o.BreakerFailures} consecutive failures. " +
                 $"Intervals are {o.Confidence:P0} Wilson intervals over all incidents of all seeds.");
        Line(sb, string.Empty);
        foreach (var scenario in results.Scenarios)
        {
            var classes = scenario.Scenario.Classes;
            Line(sb, $"#### Scenario `{scenario.Scenario.Name}`: {scenario.Scenario.Description}");
            Line(sb, string.Empty);
            Line(sb, $"{classes.Count} fault classes ({classes.Count(c => !c.HeldOut)} in the case base, {classes.Count(c => c.HeldOut)} held out).");
            Line(sb, string.Empty);
            Line(sb, "| policy | n90 all | n90 warm | n90 held-out | cumulative regret, mean [IQR] | success [95% CI] | MTTR | human intervention [95% CI] | runs at autonomous | intervention at autonomous [95% CI] | unsafe attempted |");
            Line(sb, "|---|---|---|---|---|---|---|---|---|---|---|");
            foreach (var c in scenario.Contenders)
            {
                Line(sb, $"| {c.Contender} | {c.All.Format(n)} | {c.Warm.Format(n)} | {c.HeldOut.Format(n)} | " +
                         $"{Num(c.MeanRegret)} [{Num(c.RegretLowerQuartile)}–{Num(c.RegretUpperQuartile)}] | {Rate(c.Success)} | " +
                         $"{Minutes(c.MeanTimeToRecover)} | {Rate(c.HumanIntervention)} | {c.AutonomousShare.ToString("P0", CultureInfo.InvariantCulture)} | " +
                         $"{Rate(c.InterventionWhileAutonomous)} | {c.UnsafeAttempts} |");
            }

            Line(sb, string.Empty);
            Line(sb, "n90 per fault class (* = held out of the case base):");
            Line(sb, string.Empty);
            Line(sb, "| policy | " + string.Join(" | ", classes.Select(c => c.Name + (c.HeldOut ? "*" : string.Empty))) + " |");
            Line(sb, "|---|" + string.Concat(classes.Select(_ => "---|")));
            foreach (var c in scenario.Contenders)
            {
                Line(sb, $"| {c.Contender} | " + string.Join(" | ", c.PerClass.Select(p => p.N90?.ToString(CultureInfo.InvariantCulture) ?? ">" + n)) + " |");
            }

            Line(sb, "| *explore-then-commit reference* | " + string.Join(" | ", classes.Select(ReferenceIncidents)) + " |");

            Line(sb, string.Empty);
        }

        return sb.ToString();
    }

    /// <summary>
    /// Incidents a try-each-option-equally-then-commit design needs to commit to the best option with probability 0.9,
    /// from the class's pre-drift success rates: how much evidence the class itself demands.
    /// </summary>
    private static string ReferenceIncidents(FaultClass faultClass)
    {
        var rates = faultClass.Options.Select((o, i) => (o.Verified, Rate: faultClass.SuccessOf(i, false))).Where(x => x.Verified).Select(x => x.Rate).ToArray();
        return ExploreThenCommit.IncidentsNeeded(rates, LearningBenchmark.AccuracyTarget)?.ToString(CultureInfo.InvariantCulture) ?? "–";
    }

    private static void Line(StringBuilder sb, string text) => sb.Append(text).Append('\n');

    private static string Num(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    private static string Minutes(TimeSpan time) => time.TotalMinutes.ToString("0.0", CultureInfo.InvariantCulture) + " min";

    private static string Rate(WilsonInterval interval) => interval.Trials == 0
        ? "–"
        : string.Create(CultureInfo.InvariantCulture, $"{interval.PointEstimate:P1} [{interval.Lower:P1}–{interval.Upper:P1}]");
}
