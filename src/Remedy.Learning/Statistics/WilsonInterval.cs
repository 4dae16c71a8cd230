namespace Remedy.Learning.Statistics;

/// <summary>A Wilson score interval for a success proportion.</summary>
/// <param name="Successes">The number of successes.</param>
/// <param name="Trials">The number of trials.</param>
/// <param name="Confidence">The two-sided confidence level, e.g. 0.95.</param>
/// <param name="Lower">The lower bound.</param>
/// <param name="Upper">The upper bound.</param>
public sealed record WilsonInterval(long Successes, long Trials, double Confidence, double Lower, double Upper)
{
    /// <summary>The raw ratio successes / trials, or 0 when there were no trials.</summary>
    public double PointEstimate => Trials == 0 ? 0 : (double)Successes / Trials;
}
