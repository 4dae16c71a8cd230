using Remedy.Learning.Metrics;

namespace Remedy.Learning.Tests.Metrics;

public sealed class OutcomeMetricsCalculatorTests
{
    private static OutcomeRecord Run(string playbook, bool success, int minutes, bool human, bool? best = null) =>
        new(playbook, ["svc"], "restart", 0.5, success, TimeSpan.FromMinutes(minutes), human, best);

    [Fact]
    public void Computes_rates_and_mttr_per_playbook_and_overall()
    {
        OutcomeRecord[] records =
        [
            Run("b.leak", true, 2, false),
            Run("a.disk", true, 4, false),
            Run("b.leak", false, 32, true),
            Run("b.leak", true, 3, false),
            Run("a.disk", true, 1, false) with { TimeToRecover = null },
        ];

        var report = OutcomeMetricsCalculator.Compute(records);

        Assert.Equal(5, report.Overall.Runs);
        Assert.Equal(0.8, report.Overall.SuccessRate.PointEstimate, 12);
        Assert.Equal(0.2, report.Overall.HumanInterventionRate.PointEstimate, 12);
        Assert.Equal(TimeSpan.FromSeconds(615), report.Overall.MeanTimeToRecover);
        Assert.Equal(["a.disk", "b.leak"], report.PerPlaybook.Select(p => p.Playbook));
        var leak = report.PerPlaybook[1];
        Assert.Equal((3, 2L), (leak.Runs, leak.SuccessRate.Successes));
        Assert.Equal(TimeSpan.FromSeconds(740), leak.MeanTimeToRecover);
        Assert.Equal(0.2077, leak.SuccessRate.Lower, 4);
    }

    [Fact]
    public void Incidents_to_90_percent_is_where_the_trailing_accuracy_reaches_and_keeps_the_target()
    {
        // Window 5: trailing accuracies at runs 5..14 are 0.6, 0.8, 0.8, 1, 0.8, 0.8, 0.8, 0.8, 0.8, 1; the brief 1 at run 8
        // does not count because it falls again, so 90% is reached to stay only at run 14.
        bool[] correct = [false, true, false, true, true, true, true, true, false, true, true, true, true, true];

        Assert.Equal(14, OutcomeMetricsCalculator.IncidentsToAccuracy(correct, window: 5, target: 0.9));
        Assert.Null(OutcomeMetricsCalculator.IncidentsToAccuracy([true, true], window: 5, target: 0.9));
        Assert.Null(OutcomeMetricsCalculator.IncidentsToAccuracy([true, true, true, false], window: 2, target: 0.9));
        Assert.Equal(2, OutcomeMetricsCalculator.IncidentsToAccuracy([true, true, true], window: 2, target: 0.9));
    }

    [Fact]
    public void Learning_efficiency_uses_chose_best_when_every_record_knows_it()
    {
        var records = Enumerable.Range(0, 12).Select(i => Run("p", success: i % 2 == 0, 1, false, best: i >= 2)).ToArray();

        var metrics = OutcomeMetricsCalculator.For("p", records, window: 10);

        // Trailing 10 at run 10: 8/10; at run 11: 9/10.
        Assert.Equal(11, metrics.IncidentsTo90PercentAccuracy);
        Assert.Null(OutcomeMetricsCalculator.For("p", records.Select(r => r with { ChoseBest = null }).ToArray(), window: 10).IncidentsTo90PercentAccuracy);
    }

    [Fact]
    public void No_records_give_empty_but_valid_metrics()
    {
        var metrics = OutcomeMetricsCalculator.Compute([]).Overall;

        Assert.Equal(0, metrics.Runs);
        Assert.Null(metrics.MeanTimeToRecover);
        Assert.Equal((0.0, 1.0), (metrics.SuccessRate.Lower, metrics.SuccessRate.Upper));
    }
}
