using Remedy.Learning.Metrics;

namespace Remedy.Learning.Tests.Metrics;

public sealed class LearningCurvesTests
{
    [Fact]
    public void Trailing_accuracy_uses_the_runs_so_far_until_the_window_is_full()
    {
        var accuracy = LearningCurves.TrailingAccuracy([false, true, true, true, false], window: 3);

        double[] expected = [0, 0.5, 2.0 / 3, 1, 2.0 / 3];
        Assert.Equal(expected.Length, accuracy.Length);
        Assert.All(expected.Zip(accuracy), pair => Assert.Equal(pair.First, pair.Second, 12));
    }

    [Fact]
    public void The_panel_has_one_curve_per_playbook_over_its_own_runs()
    {
        OutcomeRecord Run(string playbook, bool success) => new(playbook, ["x"], "restart", 1, success, null, !success);
        OutcomeRecord[] records = [Run("b", true), Run("a", false), Run("b", false), Run("a", true), Run("a", true)];

        var panel = LearningCurves.Panel(records, window: 2);

        Assert.Equal(["a", "b"], panel.Series.Select(s => s.Name));
        Assert.Equal([0, 0.5, 1], panel.Series[0].Values);
        Assert.Equal([1, 0.5], panel.Series[1].Values);
        Assert.Equal(0.9, panel.ReferenceLine);
    }
}
