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

            Line(sb, "| *explore-then-commit reference* | " + string.Join(" | ", scenario.References.Select(r => r.ExploreThenCommit?.ToString(CultureInfo.InvariantCulture) ?? "–")) + " |");
            Line(sb, "| *known-rates bound (no symmetric policy's n90 is lower)* | " + string.Join(" | ", scenario.References.Select(Bound)) + " |");
            if (scenario.References.Any(r => r.TopTwoOnly))
            {
                Line(sb, string.Empty);
                Line(sb, "† bound of the best-two relaxation (the other options revealed), still a lower bound; the exact one is too costly there.");
            }

            Line(sb, string.Empty);
        }

        return sb.ToString();
    }

    /// <summary>Formats the history-sensitivity rows as a Markdown table.</summary>
    /// <param name="rows">The rows.</param>
    /// <param name="incidentsPerClass">The stream length per class, for censored n90.</param>
    /// <returns>Markdown text.</returns>
    public static string FormatHistorySensitivity(IReadOnlyList<HistorySensitivityRow> rows, int incidentsPerClass)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var sb = new StringBuilder();
        Line(sb, $"#### Case-warmed Thompson (`{BenchmarkContenders.WarmThompson}`) on `easy` against the size of the history");
        Line(sb, string.Empty);
        Line(sb, "| past incidents per warm class | n90 warm | n90 held-out | n90 per class | success [95% CI] |");
        Line(sb, "|---|---|---|---|---|");
        foreach (var row in rows)
        {
            var c = row.Result;
            var perClass = string.Join(" ", c.PerClass.Select(p => p.N90?.ToString(CultureInfo.InvariantCulture) ?? ">" + incidentsPerClass));
            Line(sb, $"| {row.HistoryPerClass} | {c.Warm.Format(incidentsPerClass)} | {c.HeldOut.Format(incidentsPerClass)} | {perClass} | {Rate(c.Success)} |");
        }

        return sb.ToString();
    }

    /// <summary>Formats the easy scenario's Thompson figures under several base seeds as a Markdown table.</summary>
    /// <param name="families">(base seed, easy-scenario result) pairs.</param>
    /// <param name="incidentsPerClass">The stream length per class, for censored n90.</param>
    /// <returns>Markdown text.</returns>
    public static string FormatSeedFamilies(IReadOnlyList<(int BaseSeed, ScenarioResult Easy)> families, int incidentsPerClass)
    {
        ArgumentNullException.ThrowIfNull(families);
        var sb = new StringBuilder();
        Line(sb, "#### How much n90 moves between families of seeds (`easy`)");
        Line(sb, string.Empty);
        Line(sb, "| base seed | policy | n90 all | n90 warm | n90 held-out | success [95% CI] |");
        Line(sb, "|---|---|---|---|---|---|");
        foreach (var (baseSeed, easy) in families)
        {
            foreach (var c in easy.Contenders.Where(c => LearningBenchmarkCommand.SeedFamilyContenders.Contains(c.Contender)))
            {
                Line(sb, string.Create(CultureInfo.InvariantCulture, $"| {baseSeed} | {c.Contender} | {c.All.Format(incidentsPerClass)} | {c.Warm.Format(incidentsPerClass)} | {c.HeldOut.Format(incidentsPerClass)} | {Rate(c.Success)} |"));
            }
        }

        return sb.ToString();
    }

    /// <summary>Formats the commit-confidence sensitivity rows as a Markdown table.</summary>
    /// <param name="rows">(commit confidence, easy-scenario result) pairs.</param>
    /// <param name="incidentsPerClass">The stream length per class, for censored n90.</param>
    /// <returns>Markdown text.</returns>
    public static string FormatCommitSensitivity(IReadOnlyList<(double? CommitConfidence, ScenarioResult Easy)> rows, int incidentsPerClass)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var sb = new StringBuilder();
        Line(sb, "#### Cold and case-warmed Thompson on `easy` against the commit confidence");
        Line(sb, string.Empty);
        Line(sb, "| commit confidence | policy | n90 all | n90 warm | n90 held-out | cumulative regret | success [95% CI] |");
        Line(sb, "|---|---|---|---|---|---|---|");
        foreach (var (confidence, easy) in rows)
        {
            var label = confidence?.ToString("0.00", CultureInfo.InvariantCulture) ?? "never";
            foreach (var c in easy.Contenders)
            {
                Line(sb, $"| {label} | {c.Contender} | {c.All.Format(incidentsPerClass)} | {c.Warm.Format(incidentsPerClass)} | {c.HeldOut.Format(incidentsPerClass)} | {Num(c.MeanRegret)} | {Rate(c.Success)} |");
            }
        }

        return sb.ToString();
    }

    private static string Bound(ClassReference reference) =>
        (reference.KnownRatesBound?.ToString(CultureInfo.InvariantCulture) ?? ">" + reference.BoundLimit.ToString(CultureInfo.InvariantCulture))
        + (reference.TopTwoOnly ? "†" : string.Empty);

    private static void Line(StringBuilder sb, string text) => sb.Append(text).Append('\n');

    private static string Num(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    private static string Minutes(TimeSpan time) => time.TotalMinutes.ToString("0.0", CultureInfo.InvariantCulture) + " min";

    private static string Rate(WilsonInterval interval) => interval.Trials == 0
        ? "–"
        : string.Create(CultureInfo.InvariantCulture, $"{interval.PointEstimate:P1} [{interval.Lower:P1}–{interval.Upper:P1}]");
}
