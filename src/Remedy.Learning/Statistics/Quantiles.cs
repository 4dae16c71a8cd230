namespace Remedy.Learning.Statistics;

/// <summary>Sample quantiles by linear interpolation between order statistics (the common "type 7" rule).</summary>
public static class Quantiles
{
    /// <summary>The <paramref name="q"/>-quantile of <paramref name="values"/>; infinities sort last and propagate.</summary>
    /// <param name="values">The sample; must not be empty.</param>
    /// <param name="q">The quantile in [0, 1].</param>
    /// <returns>The interpolated quantile.</returns>
    public static double Of(IEnumerable<double> values, double q)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.OrderBy(v => v).ToArray();
        if (sorted.Length == 0)
        {
            throw new ArgumentException("No values.", nameof(values));
        }

        if (q is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(q));
        }

        var h = (sorted.Length - 1) * q;
        var lo = (int)Math.Floor(h);
        var hi = (int)Math.Ceiling(h);
        if (lo == hi || sorted[lo] == sorted[hi])
        {
            return sorted[lo];
        }

        // An interpolation that touches a censored (infinite) value is itself censored.
        return double.IsInfinity(sorted[hi]) ? double.PositiveInfinity : sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }
}
