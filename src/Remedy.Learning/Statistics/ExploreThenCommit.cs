using MathNet.Numerics.Distributions;

namespace Remedy.Learning.Statistics;

/// <summary>
/// A yardstick for learning speed: try every option m times, then commit to the one with the most successes
/// (ties broken uniformly). Its exact probability of committing to the best option shows how many incidents the
/// evidence itself requires, whatever the policy, for a given set of success rates.
/// </summary>
public static class ExploreThenCommit
{
    /// <summary>P(the committed option is the best) after <paramref name="trialsPerOption"/> trials of each option.</summary>
    /// <param name="successRates">Each option's success probability; the best must be unique.</param>
    /// <param name="trialsPerOption">m, at least 1.</param>
    /// <returns>The exact probability.</returns>
    public static double Accuracy(IReadOnlyList<double> successRates, int trialsPerOption)
    {
        ArgumentNullException.ThrowIfNull(successRates);
        if (successRates.Count < 1 || trialsPerOption < 1)
        {
            throw new ArgumentException("Need at least one option and one trial.");
        }

        var best = 0;
        for (var i = 1; i < successRates.Count; i++)
        {
            best = successRates[i] > successRates[best] ? i : best;
        }

        var m = trialsPerOption;
        var total = 0.0;
        for (var j = 0; j <= m; j++)
        {
            // With the best at j successes: every other option must have at most j, and a tie with t others wins
            // with probability 1/(1+t). Multiply out ∏ (P(X_i < j) + P(X_i = j)·z) and weigh z^t by 1/(1+t).
            var poly = new double[successRates.Count];
            poly[0] = 1;
            var degree = 0;
            for (var i = 0; i < successRates.Count; i++)
            {
                if (i == best)
                {
                    continue;
                }

                var below = j == 0 ? 0 : Binomial.CDF(successRates[i], m, j - 1);
                var equal = Binomial.PMF(successRates[i], m, j);
                for (var t = degree + 1; t >= 0; t--)
                {
                    poly[t] = (poly[t] * below) + (t > 0 ? poly[t - 1] * equal : 0);
                }

                degree++;
            }

            var winGivenJ = 0.0;
            for (var t = 0; t <= degree; t++)
            {
                winGivenJ += poly[t] / (1 + t);
            }

            total += Binomial.PMF(successRates[best], m, j) * winGivenJ;
        }

        return total;
    }

    /// <summary>
    /// The fewest incidents (options × m) after which explore-then-commit picks the best option with probability at
    /// least <paramref name="target"/>; <see langword="null"/> when even <paramref name="maxTrialsPerOption"/> trials are not enough.
    /// </summary>
    /// <param name="successRates">Each option's success probability.</param>
    /// <param name="target">The accuracy wanted, e.g. 0.9.</param>
    /// <param name="maxTrialsPerOption">Where to stop searching.</param>
    /// <returns>The number of incidents, or <see langword="null"/>.</returns>
    public static int? IncidentsNeeded(IReadOnlyList<double> successRates, double target = 0.9, int maxTrialsPerOption = 500)
    {
        ArgumentNullException.ThrowIfNull(successRates);
        for (var m = 1; m <= maxTrialsPerOption; m++)
        {
            if (Accuracy(successRates, m) >= target)
            {
                return m * successRates.Count;
            }
        }

        return null;
    }
}
