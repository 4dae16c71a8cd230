using System.Globalization;

namespace Remedy.Learning.Benchmark;

/// <summary>The entry point behind <c>remedy bench learning</c>: run, print the Markdown report, draw the plot.</summary>
public static class LearningBenchmarkCommand
{
    /// <summary>The history sizes the sensitivity section tries: a little, the standard, double, one earlier stream.</summary>
    public static IReadOnlyList<int> HistorySizes { get; } = [10, 30, 60, 100];

    /// <summary>Runs the standard benchmark and writes its report.</summary>
    /// <param name="output">Where the Markdown report goes.</param>
    /// <param name="svgPath">Where the learning-curve SVG goes; none when <see langword="null"/>.</param>
    /// <param name="seeds">How many seeds (the published figures use 100).</param>
    /// <param name="baseSeed">Shifts every seed, to draw a different family of runs.</param>
    /// <param name="historySensitivity">Also rerun case-warmed Thompson on the easy scenario for each of <see cref="HistorySizes"/>.</param>
    /// <param name="otherSeedFamilies">
    /// Also rerun the easy scenario's Thompson contenders with this many other base seeds, to show how much n90 moves
    /// from one family of 100 seeds to the next.
    /// </param>
    /// <returns>The results, for callers that also want them as data.</returns>
    /// <param name="commitSensitivity">Also rerun cold and case-warmed Thompson on the easy scenario for each of <see cref="CommitConfidences"/>.</param>
    public static LearningBenchmarkResults Run(
        TextWriter output,
        string? svgPath = null,
        int seeds = 100,
        int baseSeed = 0,
        bool historySensitivity = false,
        int otherSeedFamilies = 0,
        bool commitSensitivity = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        var results = LearningBenchmark.Run(new LearningBenchmarkOptions { Seeds = seeds, BaseSeed = baseSeed });
        output.Write(BenchmarkMarkdownFormatter.Format(results));
        if (svgPath is not null)
        {
            LearningCurveSvgWriter.Write(results, svgPath);
            output.Write(string.Create(CultureInfo.InvariantCulture, $"Learning curves: {svgPath}\n"));
        }

        output.Write(string.Create(CultureInfo.InvariantCulture, $"Ran in {results.Elapsed.TotalSeconds:0.0} s on {results.Options.Parallelism} threads.\n"));
        if (historySensitivity)
        {
            output.Write("\n");
            output.Write(BenchmarkMarkdownFormatter.FormatHistorySensitivity(HistorySensitivity(results.Options), results.Options.IncidentsPerClass));
        }

        if (commitSensitivity)
        {
            output.Write("\n");
            output.Write(BenchmarkMarkdownFormatter.FormatCommitSensitivity(CommitSensitivity(results.Options), results.Options.IncidentsPerClass));
        }

        if (otherSeedFamilies > 0)
        {
            var families = SeedFamilies(results.Options, Enumerable.Range(1, otherSeedFamilies).Select(i => baseSeed + (i * seeds)).ToArray());
            output.Write("\n");
            output.Write(BenchmarkMarkdownFormatter.FormatSeedFamilies([(baseSeed, results.Scenarios.First(s => s.Scenario.Name == BenchmarkScenarios.Easy.Name)), .. families], results.Options.IncidentsPerClass));
        }

        return results;
    }

    /// <summary>The commit confidences the sensitivity section tries (null: never commit).</summary>
    public static IReadOnlyList<double?> CommitConfidences { get; } = [null, 0.8, 0.9, 0.95, 0.99];

    /// <summary>Cold and case-warmed Thompson on the easy scenario, once per commit confidence in <see cref="CommitConfidences"/>.</summary>
    /// <param name="options">The benchmark's options.</param>
    /// <returns>One easy-scenario result per confidence.</returns>
    public static IReadOnlyList<(double? CommitConfidence, ScenarioResult Easy)> CommitSensitivity(LearningBenchmarkOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return CommitConfidences
            .Select(c => (c, LearningBenchmark.Run(options with
            {
                CommitConfidence = c,
                Scenarios = [BenchmarkScenarios.Easy],
                Contenders = [BenchmarkContenders.Thompson, BenchmarkContenders.WarmThompson],
                ReferenceLimit = 1,
            }).Scenarios[0]))
            .ToArray();
    }

    /// <summary>The contenders the seed-family comparison reruns.</summary>
    public static IReadOnlyList<string> SeedFamilyContenders { get; } = [BenchmarkContenders.ThompsonTextbook, BenchmarkContenders.Thompson, BenchmarkContenders.WarmThompson];

    /// <summary>The easy scenario's Thompson contenders under other base seeds (disjoint families of seeds).</summary>
    /// <param name="options">The benchmark's options.</param>
    /// <param name="baseSeeds">The base seeds to run.</param>
    /// <returns>One easy-scenario result per base seed.</returns>
    public static IReadOnlyList<(int BaseSeed, ScenarioResult Easy)> SeedFamilies(LearningBenchmarkOptions options, IReadOnlyList<int> baseSeeds)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(baseSeeds);
        return baseSeeds
            .Select(b => (b, LearningBenchmark.Run(options with
            {
                BaseSeed = b,
                Scenarios = [BenchmarkScenarios.Easy],
                Contenders = options.Contenders.Where(SeedFamilyContenders.Contains).ToArray(),
                ReferenceLimit = 1,
            }).Scenarios[0]))
            .ToArray();
    }

    /// <summary>Case-warmed Thompson on the easy scenario, once per history size, with everything else as in <paramref name="options"/>.</summary>
    /// <param name="options">The benchmark's options.</param>
    /// <returns>One row per size in <see cref="HistorySizes"/>.</returns>
    public static IReadOnlyList<HistorySensitivityRow> HistorySensitivity(LearningBenchmarkOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return HistorySizes
            .Select(h => new HistorySensitivityRow(
                h,
                LearningBenchmark.Run(options with
                {
                    HistoryPerClass = h,
                    Scenarios = [BenchmarkScenarios.Easy],
                    Contenders = [BenchmarkContenders.WarmThompson],
                    ReferenceLimit = 1,
                }).Scenarios[0].Contenders[0]))
            .ToArray();
    }
}
