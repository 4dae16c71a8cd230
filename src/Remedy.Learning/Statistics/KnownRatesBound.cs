namespace Remedy.Learning.Statistics;

/// <summary>
/// How fast the best option can be found at all: the highest probability with which any policy picks the best
/// option at incident n when it knows the class's success rates exactly but not which option has which (every
/// assignment of rates to options equally likely). Computed exactly by dynamic programming over the Bayes posterior
/// on the assignments: the first n − 1 incidents are spent in the way that maximises the final accuracy, and incident
/// n then picks the option most likely to be the best.
/// </summary>
/// <remarks>
/// A real learner knows less (not the rates) and must also do well on the incidents before n, so for a policy that
/// treats the options alike (uniform priors, as cold Thompson and UCB do) its accuracy at incident n averaged over
/// the assignments can only be lower: the first n at which this bound reaches 0.9 is a lower bound on that policy's
/// expected n90. Reordering the options cannot change a symmetric policy's behaviour, so the bound holds for the
/// benchmark's fixed assignment too. States are canonicalised by sorting the options' (successes, failures), which the
/// value is invariant to, so the work grows with the number of distinct count patterns, not with orderings.
/// </remarks>
public static class KnownRatesBound
{
    /// <summary>The largest number of options supported (5! = 120 assignments).</summary>
    public const int MaxOptions = 5;

    /// <summary>The most observations supported (the state key packs counts up to this).</summary>
    public const int MaxObservations = 60;

    /// <summary>The best accuracy at the incident that follows <paramref name="observations"/> outcomes.</summary>
    /// <param name="successRates">Each option's success probability, in [0, 1]; the largest must be unique.</param>
    /// <param name="observations">How many outcomes are seen before the choice that counts, at least 0.</param>
    /// <returns>The probability of choosing the best option, maximised over all policies.</returns>
    public static double Accuracy(IReadOnlyList<double> successRates, int observations)
    {
        var problem = Problem.Create(successRates);
        if (observations is < 0 or > MaxObservations)
        {
            throw new ArgumentOutOfRangeException(nameof(observations), $"Between 0 and {MaxObservations} observations are supported.");
        }

        return problem.Value(new (int S, int F)[successRates.Count], observations, new Dictionary<long, double>());
    }

    /// <summary>
    /// The first 1-based incident index at which the bound reaches <paramref name="target"/>, or
    /// <see langword="null"/> when it does not within <paramref name="maxIncidents"/>.
    /// </summary>
    /// <param name="successRates">Each option's success probability.</param>
    /// <param name="target">The accuracy wanted, e.g. 0.9.</param>
    /// <param name="maxIncidents">Where to stop searching (the work grows steeply with it for 5 options).</param>
    /// <returns>The incident index, or <see langword="null"/>.</returns>
    public static int? IncidentsNeeded(IReadOnlyList<double> successRates, double target = 0.9, int maxIncidents = 30)
    {
        if (maxIncidents is < 1 or > MaxObservations + 1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxIncidents), $"Search between 1 and {MaxObservations + 1} incidents.");
        }

        for (var n = 1; n <= maxIncidents; n++)
        {
            if (Accuracy(successRates, n - 1) >= target - 1e-12)
            {
                return n;
            }
        }

        return null;
    }

    private sealed class Problem
    {
        private readonly double[] _rates;
        private readonly int[][] _assignments;
        private readonly int _best;
        private readonly double[][] _successPowers;
        private readonly double[][] _failurePowers;

        private Problem(double[] rates, int[][] assignments, int best)
        {
            _rates = rates;
            _assignments = assignments;
            _best = best;
            _successPowers = rates.Select(p => Enumerable.Range(0, MaxObservations + 1).Select(k => Math.Pow(p, k)).ToArray()).ToArray();
            _failurePowers = rates.Select(p => Enumerable.Range(0, MaxObservations + 1).Select(k => Math.Pow(1 - p, k)).ToArray()).ToArray();
        }

        public static Problem Create(IReadOnlyList<double> successRates)
        {
            ArgumentNullException.ThrowIfNull(successRates);
            if (successRates.Count is < 1 or > MaxOptions || successRates.Any(p => !(p is >= 0 and <= 1)))
            {
                throw new ArgumentException($"Need 1 to {MaxOptions} success rates in [0, 1].", nameof(successRates));
            }

            var rates = successRates.ToArray();
            var best = Array.IndexOf(rates, rates.Max());
            if (rates.Count(p => p == rates[best]) > 1)
            {
                throw new ArgumentException("The best success rate must be unique.", nameof(successRates));
            }

            return new Problem(rates, Permutations(rates.Length).ToArray(), best);
        }

        /// <summary>The optimal final accuracy from a state with <paramref name="remaining"/> observations still to make.</summary>
        public double Value((int S, int F)[] counts, int remaining, Dictionary<long, double> memo)
        {
            var sorted = Sorted(counts);
            var key = Key(sorted);
            if (memo.TryGetValue(key, out var known))
            {
                return known;
            }

            var weights = Weights(sorted);
            double value;
            if (remaining == 0)
            {
                value = 0;
                for (var option = 0; option < sorted.Length; option++)
                {
                    value = Math.Max(value, ProbabilityBest(weights, option));
                }
            }
            else
            {
                value = 0;
                for (var option = 0; option < sorted.Length; option++)
                {
                    // Options with equal counts are interchangeable: trying either leads to the same canonical state.
                    if (option > 0 && sorted[option] == sorted[option - 1])
                    {
                        continue;
                    }

                    var success = PredictiveSuccess(weights, option);
                    var next = ((int S, int F)[])sorted.Clone();
                    next[option] = (sorted[option].S + 1, sorted[option].F);
                    var ifSuccess = success > 0 ? Value(next, remaining - 1, memo) : 0;
                    next[option] = (sorted[option].S, sorted[option].F + 1);
                    var ifFailure = success < 1 ? Value(next, remaining - 1, memo) : 0;
                    value = Math.Max(value, (success * ifSuccess) + ((1 - success) * ifFailure));
                }
            }

            memo[key] = value;
            return value;
        }

        /// <summary>The posterior weight of every assignment (option i has rate <c>_rates[assignment[i]]</c>), normalised.</summary>
        private double[] Weights((int S, int F)[] counts)
        {
            var weights = new double[_assignments.Length];
            var total = 0.0;
            for (var a = 0; a < _assignments.Length; a++)
            {
                var w = 1.0;
                for (var i = 0; i < counts.Length; i++)
                {
                    var r = _assignments[a][i];
                    w *= _successPowers[r][counts[i].S] * _failurePowers[r][counts[i].F];
                }

                weights[a] = w;
                total += w;
            }

            for (var a = 0; a < weights.Length; a++)
            {
                weights[a] /= total;
            }

            return weights;
        }

        private double ProbabilityBest(double[] weights, int option)
        {
            var p = 0.0;
            for (var a = 0; a < weights.Length; a++)
            {
                p += _assignments[a][option] == _best ? weights[a] : 0;
            }

            return p;
        }

        private double PredictiveSuccess(double[] weights, int option)
        {
            var p = 0.0;
            for (var a = 0; a < weights.Length; a++)
            {
                p += weights[a] * _rates[_assignments[a][option]];
            }

            return p;
        }

        private static (int S, int F)[] Sorted((int S, int F)[] counts)
        {
            var sorted = ((int S, int F)[])counts.Clone();
            for (var i = 1; i < sorted.Length; i++)
            {
                var item = sorted[i];
                var j = i - 1;
                while (j >= 0 && (sorted[j].S > item.S || (sorted[j].S == item.S && sorted[j].F > item.F)))
                {
                    sorted[j + 1] = sorted[j];
                    j--;
                }

                sorted[j + 1] = item;
            }

            return sorted;
        }

        private static long Key((int S, int F)[] sorted)
        {
            // Counts never exceed 60, so each option is a base-61 digit pair; 61^10 < 2^63 for the at most 5 options.
            long key = 0;
            foreach (var (s, f) in sorted)
            {
                key = (key * 61 * 61) + (s * 61) + f;
            }

            return key;
        }

        private static IEnumerable<int[]> Permutations(int n)
        {
            var items = Enumerable.Range(0, n).ToArray();
            return Permute(items, 0);

            static IEnumerable<int[]> Permute(int[] items, int from)
            {
                if (from == items.Length)
                {
                    yield return (int[])items.Clone();
                    yield break;
                }

                for (var i = from; i < items.Length; i++)
                {
                    (items[from], items[i]) = (items[i], items[from]);
                    foreach (var p in Permute(items, from + 1))
                    {
                        yield return p;
                    }

                    (items[from], items[i]) = (items[i], items[from]);
                }
            }
        }
    }
}
