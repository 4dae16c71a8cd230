using MathNet.Numerics.Distributions;

namespace Remedy.Learning.Statistics;

/// <summary>
/// The Wilson score interval for a binomial proportion. Promotion is judged on its lower bound rather than the
/// raw ratio because 5 successes out of 5 is a ratio of 1 but weak evidence; the bound grows with the runs.
/// </summary>
public static class Wilson
{
    /// <summary>The two-sided standard normal quantile for a confidence level (0.95 gives 1.95996...).</summary>
    /// <param name="confidence">The confidence level, strictly between 0 and 1.</param>
    /// <returns>z such that P(|Z| &lt;= z) = confidence.</returns>
    public static double Z(double confidence)
    {
        if (!(confidence is > 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "Confidence must be in (0, 1).");
        }

        return Normal.InvCDF(0, 1, 1 - ((1 - confidence) / 2));
    }

    /// <summary>The Wilson interval for <paramref name="successes"/> out of <paramref name="trials"/>.</summary>
    /// <param name="successes">Successes, between 0 and <paramref name="trials"/>.</param>
    /// <param name="trials">Trials, at least 0; with none the interval is [0, 1].</param>
    /// <param name="confidence">The two-sided confidence level.</param>
    /// <returns>The interval.</returns>
    public static WilsonInterval Interval(long successes, long trials, double confidence = 0.95)
    {
        if (trials < 0 || successes < 0 || successes > trials)
        {
            throw new ArgumentOutOfRangeException(nameof(successes), $"Need 0 <= successes ({successes}) <= trials ({trials}).");
        }

        var z = Z(confidence);
        if (trials == 0)
        {
            return new WilsonInterval(0, 0, confidence, 0, 1);
        }

        double n = trials;
        var p = successes / n;
        var z2 = z * z;
        var centre = (p + (z2 / (2 * n))) / (1 + (z2 / n));
        var half = z / (1 + (z2 / n)) * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n)));

        // Clamp only against rounding: mathematically the bounds already lie in [0, 1], and 0/n and n/n hit them exactly.
        var lower = successes == 0 ? 0 : Math.Max(0, centre - half);
        var upper = successes == trials ? 1 : Math.Min(1, centre + half);
        return new WilsonInterval(successes, trials, confidence, lower, upper);
    }

    /// <summary>The Wilson lower bound.</summary>
    /// <param name="successes">Successes.</param>
    /// <param name="trials">Trials.</param>
    /// <param name="confidence">The two-sided confidence level.</param>
    /// <returns>The lower bound.</returns>
    public static double Lower(long successes, long trials, double confidence = 0.95) =>
        Interval(successes, trials, confidence).Lower;

    /// <summary>The Wilson upper bound.</summary>
    /// <param name="successes">Successes.</param>
    /// <param name="trials">Trials.</param>
    /// <param name="confidence">The two-sided confidence level.</param>
    /// <returns>The upper bound.</returns>
    public static double Upper(long successes, long trials, double confidence = 0.95) =>
        Interval(successes, trials, confidence).Upper;
}
