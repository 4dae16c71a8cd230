using System.Diagnostics;
using Remedy.Learning.Metrics;
using Remedy.Learning.Promotion;
using Remedy.Learning.Statistics;

namespace Remedy.Learning.Benchmark;

/// <summary>
/// Runs every contender over simulated incident streams for many seeds and summarises learning speed (n90),
/// regret, success, time to recover, human intervention, autonomy earned and shield violations.
/// </summary>
/// <remarks>
/// Per seed and scenario one world is drawn (incident order, every outcome draw, the history) and every contender
/// faces that same world, so differences between contenders are not luck of the draw. Seeds run in parallel; the
/// results are aggregated in seed order and do not depend on the degree of parallelism.
/// </remarks>
public static class LearningBenchmark
{
    /// <summary>The accuracy n90 asks for.</summary>
    public const double AccuracyTarget = 0.9;

    // The history's seed part; contenders' parts are hashes of their names, and the mixer keeps the streams apart.
    private const int HistoryStream = -1;

    /// <summary>Runs the benchmark.</summary>
    /// <param name="options">How to run it.</param>
    /// <returns>The results.</returns>
    public static LearningBenchmarkResults Run(LearningBenchmarkOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Validate(options);
        var stopwatch = Stopwatch.StartNew();
        var outcomes = options.Scenarios.Select(_ => options.Contenders.Select(_ => new SeedOutcome[options.Seeds]).ToArray()).ToArray();
        Parallel.For(
            0,
            options.Seeds,
            new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism },
            seed =>
            {
                for (var s = 0; s < options.Scenarios.Count; s++)
                {
                    var world = SimulatedWorld.Build(
                        options.Scenarios[s],
                        options,
                        new Random(SeedMixer.Mix(options.BaseSeed, seed, s)),
                        new Random(SeedMixer.Mix(options.BaseSeed, seed, s, HistoryStream)));
                    for (var c = 0; c < options.Contenders.Count; c++)
                    {
                        // Seeded by name, not position, so adding or reordering contenders leaves every other one's figures alone.
                        var random = new Random(SeedMixer.Mix(options.BaseSeed, seed, s, SeedMixer.Of(options.Contenders[c])));
                        outcomes[s][c][seed] = RunStream(world, options.Contenders[c], random, options);
                    }
                }
            });

        var references = References(options);
        var scenarios = options.Scenarios
            .Select((scenario, s) => new ScenarioResult(
                scenario,
                options.Contenders.Select((name, c) => Summarise(scenario, name, outcomes[s][c], options)).ToArray(),
                scenario.Classes.Select(c => references[RatesKey(VerifiedRates(c))] with { FaultClass = c.Name }).ToArray()))
            .ToArray();
        return new LearningBenchmarkResults(options, scenarios, stopwatch.Elapsed);
    }

    /// <summary>Each distinct set of pre-drift verified success rates' evidence yardsticks, computed once and in parallel.</summary>
    private static Dictionary<string, ClassReference> References(LearningBenchmarkOptions options)
    {
        var distinct = options.Scenarios.SelectMany(s => s.Classes).Select(VerifiedRates).DistinctBy(RatesKey).ToArray();
        var computed = new ClassReference[distinct.Length];
        Parallel.For(0, distinct.Length, new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism }, i => computed[i] = Reference(distinct[i], options.ReferenceLimit));
        return distinct.Select((rates, i) => (Key: RatesKey(rates), Reference: computed[i])).ToDictionary(x => x.Key, x => x.Reference, StringComparer.Ordinal);
    }

    /// <summary>
    /// The yardsticks of one class. The exact known-rates bound is cheap for 3 options and for classes that need few
    /// incidents; otherwise (4–5 options that need many) the best-two relaxation, itself a lower bound, stands in.
    /// </summary>
    private static ClassReference Reference(double[] rates, int limit)
    {
        var explore = ExploreThenCommit.IncidentsNeeded(rates, AccuracyTarget);
        if (rates.Length <= 3 || explore <= 2 * limit)
        {
            return new ClassReference(string.Empty, explore, KnownRatesBound.IncidentsNeeded(rates, AccuracyTarget, limit), false, limit);
        }

        var topTwo = rates.OrderDescending().Take(2).ToArray();
        var topTwoLimit = KnownRatesBound.MaxObservations + 1;
        return new ClassReference(string.Empty, explore, KnownRatesBound.IncidentsNeeded(topTwo, AccuracyTarget, topTwoLimit), true, topTwoLimit);
    }

    private static double[] VerifiedRates(FaultClass faultClass) =>
        faultClass.Options.Select((o, i) => (o.Verified, Rate: faultClass.SuccessOf(i, false))).Where(x => x.Verified).Select(x => x.Rate).ToArray();

    private static string RatesKey(double[] rates) => string.Join(",", rates.Select(r => r.ToString("R", System.Globalization.CultureInfo.InvariantCulture)));

    private static void Validate(LearningBenchmarkOptions options)
    {
        if (options.Seeds < 1 || options.IncidentsPerClass < 1 || options.HistoryPerClass < 0 || options.Parallelism < 1
            || options.BreakerFailures < 1 || options.Scenarios.Count == 0 || options.Contenders.Count == 0
            || options.ReferenceLimit is < 1 or > KnownRatesBound.MaxObservations
            || options.CommitConfidence is <= 0.5 or > 1)
        {
            throw new ArgumentException(
                $"Need at least one seed, incident, scenario, contender and worker, a breaker threshold >= 1, a reference limit in 1..{KnownRatesBound.MaxObservations} and a commit confidence in (0.5, 1].",
                nameof(options));
        }

        options.Promotion.Validate();
    }

    private static SeedOutcome RunStream(SimulatedWorld world, string contenderName, Random random, LearningBenchmarkOptions options)
    {
        var scenario = world.Scenario;
        var contender = BenchmarkContenders.Create(contenderName, random, world.NewCaseBase(), options.CommitConfidence);
        var outcome = new SeedOutcome(scenario.Classes.Count, options.IncidentsPerClass);
        var autonomy = scenario.Classes.Select(_ => AutonomyState.Initial(options.Promotion)).ToArray();
        var failureRun = new int[scenario.Classes.Count];

        foreach (var incident in world.Stream)
        {
            var c = incident.ClassIndex;
            var faultClass = scenario.Classes[c];
            var verified = world.Verified[c];
            var best = faultClass.BestVerified(incident.Drifted);
            var decision = contender.Select(world.Contexts[c], verified, verified.IndexOf(faultClass.Options[best].Name));
            var chosen = IndexOf(faultClass, decision.Option);
            outcome.Decisions++;

            // Defence in depth: the type system already keeps policies on verified options; count any slip and never run it.
            if (chosen < 0 || !faultClass.Options[chosen].Verified || !verified.Contains(decision.Option))
            {
                outcome.UnsafeAttempts++;
                outcome.HumanActed++;
                continue;
            }

            var p = faultClass.SuccessOf(chosen, incident.Drifted);
            var success = incident.Draws[chosen] < p;
            var time = SimulatedWorld.RecoveryTime(faultClass.Options[chosen], incident.Jitter) + (success ? TimeSpan.Zero : options.HumanRecovery);

            outcome.ChoseBest[c][incident.IndexInClass] = chosen == best;
            outcome.Regret += faultClass.SuccessOf(best, incident.Drifted) - p;
            outcome.RecoverySeconds += time.TotalSeconds;
            outcome.Successes += success ? 1 : 0;
            outcome.HumanActed += success ? 0 : 1;
            if (autonomy[c].Level == AutonomyLevel.Autonomous)
            {
                outcome.AutonomousRuns++;
                outcome.AutonomousFailures += success ? 0 : 1;
            }

            autonomy[c] = PromotionEvaluator.RecordOutcome(options.Promotion, autonomy[c], success).State;
            failureRun[c] = success ? 0 : failureRun[c] + 1;
            if (failureRun[c] >= options.BreakerFailures)
            {
                autonomy[c] = PromotionEvaluator.BreakerTripped(options.Promotion, autonomy[c]).State;
                failureRun[c] = 0;
            }

            contender.Update(world.Contexts[c], decision.Option, success ? 1 : 0, time);
        }

        return outcome;
    }

    private static int IndexOf(FaultClass faultClass, string option)
    {
        for (var i = 0; i < faultClass.Options.Count; i++)
        {
            if (faultClass.Options[i].Name == option)
            {
                return i;
            }
        }

        return -1;
    }

    private static ContenderResult Summarise(BenchmarkScenario scenario, string name, SeedOutcome[] seeds, LearningBenchmarkOptions options)
    {
        var n = options.IncidentsPerClass;
        var accuracy = scenario.Classes
            .Select((_, c) => Enumerable.Range(0, n).Select(i => seeds.Count(s => s.ChoseBest[c][i]) / (double)seeds.Length).ToArray())
            .ToArray();
        var perClass = scenario.Classes
            .Select((fc, c) => new ClassN90(fc.Name, fc.HeldOut, OutcomeMetricsCalculator.StaysAtOrAbove(accuracy[c], AccuracyTarget) is { } i ? i + 1 : null))
            .ToArray();
        var curve = Enumerable.Range(0, n).Select(i => accuracy.Average(a => a[i])).ToArray();

        var regrets = seeds.Select(s => s.Regret).ToArray();
        long decisions = seeds.Sum(s => s.Decisions), autonomousRuns = seeds.Sum(s => s.AutonomousRuns);
        return new ContenderResult(
            name,
            perClass,
            Summarise(perClass),
            Summarise(perClass.Where(p => !p.HeldOut).ToArray()),
            Summarise(perClass.Where(p => p.HeldOut).ToArray()),
            regrets.Average(),
            Quantiles.Of(regrets, 0.25),
            Quantiles.Of(regrets, 0.75),
            Wilson.Interval(seeds.Sum(s => s.Successes), decisions, options.Confidence),
            TimeSpan.FromSeconds(seeds.Sum(s => s.RecoverySeconds) / decisions),
            Wilson.Interval(seeds.Sum(s => s.HumanActed), decisions, options.Confidence),
            autonomousRuns / (double)decisions,
            Wilson.Interval(seeds.Sum(s => s.AutonomousFailures), autonomousRuns, options.Confidence),
            seeds.Sum(s => s.UnsafeAttempts),
            curve);
    }

    private static N90Summary Summarise(IReadOnlyList<ClassN90> classes)
    {
        if (classes.Count == 0)
        {
            return new N90Summary(double.NaN, double.NaN, double.NaN, 0);
        }

        var values = classes.Select(c => c.N90 is { } v ? (double)v : double.PositiveInfinity).ToArray();
        return new N90Summary(Quantiles.Of(values, 0.5), Quantiles.Of(values, 0.25), Quantiles.Of(values, 0.75), classes.Count);
    }
}
