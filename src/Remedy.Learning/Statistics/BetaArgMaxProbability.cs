using MathNet.Numerics.Distributions;
using MathNet.Numerics.Integration;

namespace Remedy.Learning.Statistics;

/// <summary>
/// The probability that Thompson sampling picks a given arm: P(θ_i is the largest) for independent
/// θ_j ~ Beta(α_j, β_j), i.e. ∫ f_i(x) ∏_{j≠i} F_j(x) dx.
/// </summary>
/// <remarks>
/// Computed by quadrature rather than by re-sampling so that the propensity recorded for offline evaluation is a
/// deterministic function of the posterior and does not consume the policy's random stream.
/// </remarks>
public static class BetaArgMaxProbability
{
    // Beyond 12 standard deviations the Beta density is negligible for the parameters that occur (α, β ≥ ~0.5).
    private const double SupportWidthInSd = 12;
    private const int QuadratureOrder = 16;

    /// <summary>P(arm <paramref name="index"/> has the largest draw).</summary>
    /// <param name="alphas">The α of every arm.</param>
    /// <param name="betas">The β of every arm.</param>
    /// <param name="index">The arm of interest.</param>
    /// <returns>The probability, clamped to [0, 1].</returns>
    public static double Of(IReadOnlyList<double> alphas, IReadOnlyList<double> betas, int index)
    {
        ArgumentNullException.ThrowIfNull(alphas);
        ArgumentNullException.ThrowIfNull(betas);
        if (alphas.Count != betas.Count || (uint)index >= (uint)alphas.Count)
        {
            throw new ArgumentException("Need one α and one β per arm and an index among them.");
        }

        if (alphas.Count == 1)
        {
            return 1;
        }

        double a = alphas[index], b = betas[index];
        var (lo, hi) = Support(a, b);
        var mean = a / (a + b);
        for (var j = 0; j < alphas.Count; j++)
        {
            // Below the bulk of another arm's density its CDF is ~0 and so is the integrand: skip that stretch.
            if (j != index)
            {
                lo = Math.Max(lo, Support(alphas[j], betas[j]).Lo);
            }
        }

        if (lo >= hi)
        {
            return 0;
        }

        double Integrand(double x)
        {
            var value = Beta.PDF(a, b, x);
            for (var j = 0; j < alphas.Count && value > 0; j++)
            {
                if (j != index)
                {
                    value *= Beta.CDF(alphas[j], betas[j], x);
                }
            }

            return value;
        }

        // A density with α or β below 1 is infinite at an end of [0, 1]; the double-exponential rule copes with that.
        // Otherwise splitting at the mean puts Gauss-Legendre nodes where a peaked density has its mass, and is fast.
        var p = a < 1 || b < 1
            ? DoubleExponentialTransformation.Integrate(Integrand, lo, hi, 1e-8)
            : GaussLegendreRule.Integrate(Integrand, lo, Math.Clamp(mean, lo, hi), QuadratureOrder)
              + GaussLegendreRule.Integrate(Integrand, Math.Clamp(mean, lo, hi), hi, QuadratureOrder);
        return Math.Clamp(p, 0, 1);
    }

    private static (double Lo, double Hi) Support(double a, double b)
    {
        var mean = a / (a + b);
        var sd = Math.Sqrt(a * b / ((a + b) * (a + b) * (a + b + 1)));
        return (Math.Max(0, mean - (SupportWidthInSd * sd)), Math.Min(1, mean + (SupportWidthInSd * sd)));
    }
}
