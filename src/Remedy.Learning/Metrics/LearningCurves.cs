using Remedy.Learning.Plotting;

namespace Remedy.Learning.Metrics;

/// <summary>Learning curves from recorded runs, for <c>remedy stats</c> plots.</summary>
public static class LearningCurves
{
    /// <summary>
    /// The accuracy of the trailing <paramref name="window"/> runs at every run (over the runs so far while fewer
    /// than the window exist).
    /// </summary>
    /// <param name="correct">Whether each run was right, oldest first.</param>
    /// <param name="window">The window length, at least 1.</param>
    /// <returns>One accuracy per run.</returns>
    public static double[] TrailingAccuracy(IReadOnlyList<bool> correct, int window)
    {
        ArgumentNullException.ThrowIfNull(correct);
        if (window < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(window));
        }

        var accuracy = new double[correct.Count];
        var inWindow = 0;
        for (var i = 0; i < correct.Count; i++)
        {
            inWindow += correct[i] ? 1 : 0;
            if (i >= window)
            {
                inWindow -= correct[i - window] ? 1 : 0;
            }

            accuracy[i] = (double)inWindow / Math.Min(i + 1, window);
        }

        return accuracy;
    }

    /// <summary>
    /// Whether each run counts as right: <see cref="OutcomeRecord.ChoseBest"/> when every record knows it
    /// (simulations), otherwise <see cref="OutcomeRecord.Success"/> (production, where the best option is unknown).
    /// </summary>
    /// <param name="records">The runs, oldest first.</param>
    /// <returns>One flag per run.</returns>
    public static bool[] Correctness(IReadOnlyList<OutcomeRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var useBest = records.Count > 0 && records.All(r => r.ChoseBest is not null);
        return records.Select(r => useBest ? r.ChoseBest!.Value : r.Success).ToArray();
    }

    /// <summary>A chart panel with one trailing-accuracy curve per playbook (x: that playbook's run number).</summary>
    /// <param name="records">The runs, oldest first.</param>
    /// <param name="window">The trailing window.</param>
    /// <param name="title">The panel's title.</param>
    /// <returns>The panel, with the 90% target as its reference line.</returns>
    public static ChartPanel Panel(IReadOnlyList<OutcomeRecord> records, int window = 10, string title = "accuracy, trailing window")
    {
        ArgumentNullException.ThrowIfNull(records);
        var series = records
            .GroupBy(r => r.Playbook, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ChartSeries(g.Key, TrailingAccuracy(Correctness(g.ToArray()), window)))
            .ToArray();
        return new ChartPanel(title, "run of the playbook", series, OutcomeMetricsCalculator.AccuracyTarget);
    }
}
