using System.Globalization;

namespace Remedy.Learning.Benchmark;

/// <summary>
/// The median and quartiles of n90 over a set of fault classes. A class that never stays at 90% within the stream
/// counts as +∞ (censored), so a censored median is shown as "&gt; stream length".
/// </summary>
/// <param name="Median">The median.</param>
/// <param name="LowerQuartile">The 25th percentile.</param>
/// <param name="UpperQuartile">The 75th percentile.</param>
/// <param name="Classes">How many classes it summarises.</param>
public sealed record N90Summary(double Median, double LowerQuartile, double UpperQuartile, int Classes)
{
    /// <summary>"median [q1–q3]", with censored values as "&gt;limit".</summary>
    /// <param name="limit">The stream length per class.</param>
    /// <returns>The text.</returns>
    public string Format(int limit)
    {
        string F(double v) => double.IsPositiveInfinity(v) ? ">" + limit.ToString(CultureInfo.InvariantCulture) : v.ToString("0.#", CultureInfo.InvariantCulture);
        return Classes == 0 ? "–" : $"{F(Median)} [{F(LowerQuartile)}–{F(UpperQuartile)}]";
    }
}
