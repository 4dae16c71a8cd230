using Remedy.Learning.Statistics;

namespace Remedy.Learning.Metrics;

/// <summary>Computes outcome metrics from recorded runs, in the order they happened.</summary>
public static class OutcomeMetricsCalculator
{
    /// <summary>The accuracy that "learned" means in "incidents to 90% accuracy".</summary>
    public const double AccuracyTarget = 0.9;

    /// <summary>Metrics overall and per playbook.</summary>
    /// <param name="records">The runs, oldest first.</param>
    /// <param name="window">The trailing window for learning efficiency.</param>
    /// <param name="confidence">The Wilson intervals' confidence.</param>
    /// <returns>The report.</returns>
    public static OutcomeReport Compute(IReadOnlyList<OutcomeRecord> records, int window = 10, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(records);
        var perPlaybook = records
            .GroupBy(r => r.Playbook, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => For(g.Key, g.ToArray(), window, confidence))
            .ToArray();
        return new OutcomeReport(For(null, records, window, confidence), perPlaybook);
    }

    /// <summary>Metrics for one sequence of runs.</summary>
    /// <param name="playbook">The name to report, or <see langword="null"/> for overall.</param>
    /// <param name="records">The runs, oldest first.</param>
    /// <param name="window">The trailing window for learning efficiency.</param>
    /// <param name="confidence">The Wilson intervals' confidence.</param>
    /// <returns>The metrics.</returns>
    public static OutcomeMetrics For(string? playbook, IReadOnlyList<OutcomeRecord> records, int window = 10, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(records);
        var known = records.Where(r => r.TimeToRecover is not null).Select(r => r.TimeToRecover!.Value.Ticks).ToArray();
        TimeSpan? mttr = known.Length == 0 ? null : TimeSpan.FromTicks((long)known.Average());
        var correct = LearningCurves.Correctness(records);
        return new OutcomeMetrics(
            playbook,
            records.Count,
            Wilson.Interval(records.Count(r => r.Success), records.Count, confidence),
            mttr,
            Wilson.Interval(records.Count(r => r.HumanActed), records.Count, confidence),
            IncidentsToAccuracy(correct, window, AccuracyTarget));
    }

    /// <summary>
    /// The first 1-based index n &gt;= <paramref name="window"/> such that the accuracy of every trailing window
    /// ending at or after n is at least <paramref name="target"/>; <see langword="null"/> if there is none.
    /// </summary>
    /// <param name="correct">Whether each run was right, oldest first.</param>
    /// <param name="window">The trailing window length.</param>
    /// <param name="target">The accuracy to reach and keep.</param>
    /// <returns>The index, or <see langword="null"/>.</returns>
    public static int? IncidentsToAccuracy(IReadOnlyList<bool> correct, int window, double target)
    {
        ArgumentNullException.ThrowIfNull(correct);
        if (window < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(window));
        }

        if (correct.Count < window)
        {
            return null;
        }

        var accuracy = LearningCurves.TrailingAccuracy(correct, window);
        return StaysAtOrAbove(accuracy, target, window - 1) is { } index ? index + 1 : null;
    }

    /// <summary>The first 0-based index at or after <paramref name="from"/> from which every value is &gt;= target.</summary>
    /// <param name="values">The series.</param>
    /// <param name="target">The floor.</param>
    /// <param name="from">The earliest index allowed.</param>
    /// <returns>The index, or <see langword="null"/> when the last value is below the target.</returns>
    public static int? StaysAtOrAbove(IReadOnlyList<double> values, double target, int from = 0)
    {
        ArgumentNullException.ThrowIfNull(values);
        int? first = null;
        for (var i = values.Count - 1; i >= from; i--)
        {
            if (values[i] < target)
            {
                break;
            }

            first = i;
        }

        return first;
    }
}
