namespace Remedy.Learning.Metrics;

/// <summary>
/// Off-policy evaluation from the recorded propensities: how a different policy would have done on the incidents a
/// playbook has already seen, without running it. This is why every run records the probability of its choice.
/// </summary>
public static class OfflineEvaluator
{
    /// <summary>Estimates a candidate policy's success rate on recorded runs.</summary>
    /// <param name="records">The runs, each with the logging policy's <see cref="OutcomeRecord.ChoiceProbability"/> &gt; 0.</param>
    /// <param name="candidateProbability">The candidate's probability of choosing the recorded option in that run's situation.</param>
    /// <returns>The estimates; all 0 for no runs.</returns>
    public static OfflineEstimate Estimate(IReadOnlyList<OutcomeRecord> records, Func<OutcomeRecord, double> candidateProbability)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(candidateProbability);
        double sumW = 0, sumW2 = 0, sumWr = 0;
        foreach (var record in records)
        {
            if (!(record.ChoiceProbability is > 0 and <= 1))
            {
                throw new ArgumentException($"Run of {record.Playbook} has logged probability {record.ChoiceProbability}; it must be in (0, 1].", nameof(records));
            }

            var p = candidateProbability(record);
            if (!(p is >= 0 and <= 1))
            {
                throw new ArgumentOutOfRangeException(nameof(candidateProbability), p, "A probability must be in [0, 1].");
            }

            var w = p / record.ChoiceProbability;
            sumW += w;
            sumW2 += w * w;
            sumWr += record.Success ? w : 0;
        }

        if (records.Count == 0)
        {
            return new OfflineEstimate(0, 0, 0, 0);
        }

        return new OfflineEstimate(
            records.Count,
            sumWr / records.Count,
            sumW == 0 ? 0 : sumWr / sumW,
            sumW2 == 0 ? 0 : sumW * sumW / sumW2);
    }
}
