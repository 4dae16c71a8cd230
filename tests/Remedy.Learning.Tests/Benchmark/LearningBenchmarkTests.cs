using System.Xml.Linq;
using Remedy.Learning.Benchmark;

namespace Remedy.Learning.Tests.Benchmark;

public sealed class LearningBenchmarkTests
{
    private static readonly LearningBenchmarkOptions Small = new() { Seeds = 6, IncidentsPerClass = 25, HistoryPerClass = 10, ReferenceLimit = 12 };

    private static readonly Lazy<LearningBenchmarkResults> SmallRun = new(() => LearningBenchmark.Run(Small));

    [Fact]
    public void Scenarios_have_the_promised_shape()
    {
        foreach (var scenario in BenchmarkScenarios.All)
        {
            Assert.True(scenario.Classes.Count >= 6);
            Assert.Contains(scenario.Classes, c => c.HeldOut);
            Assert.Contains(scenario.Classes, c => !c.HeldOut);
            foreach (var c in scenario.Classes)
            {
                Assert.InRange(c.Options.Count(o => o.Verified), 3, 5);
            }
        }

        Assert.All(BenchmarkScenarios.Easy.Classes, c => Assert.True(Gap(c, false) >= 0.25 - 1e-12, c.Name));
        Assert.All(BenchmarkScenarios.Hard.Classes, c => Assert.Equal(0.10, Gap(c, false), 9));
        Assert.All(BenchmarkScenarios.Drift.Classes, c => Assert.NotEqual(c.BestVerified(false), c.BestVerified(true)));
    }

    [Fact]
    public void The_shield_holds_and_the_oracle_is_perfect()
    {
        foreach (var scenario in SmallRun.Value.Scenarios)
        {
            Assert.All(scenario.Contenders, c => Assert.Equal(0, c.UnsafeAttempts));
            var oracle = scenario.Contenders.Single(c => c.Contender == BenchmarkContenders.Oracle);
            Assert.Equal(0, oracle.MeanRegret, 12);
            Assert.All(oracle.PerClass, p => Assert.Equal(1, p.N90));
            Assert.All(scenario.Contenders, c => Assert.True(c.MeanRegret >= -1e-9));
        }
    }

    [Fact]
    public void Results_depend_on_the_seed_only_not_on_parallelism()
    {
        var serial = LearningBenchmark.Run(Small with { Parallelism = 1 });

        Assert.Equal(BenchmarkMarkdownFormatter.Format(SmallRun.Value), BenchmarkMarkdownFormatter.Format(serial));
        Assert.NotEqual(BenchmarkMarkdownFormatter.Format(serial), BenchmarkMarkdownFormatter.Format(LearningBenchmark.Run(Small with { BaseSeed = 1 })));
    }

    [Fact]
    public void A_contenders_figures_do_not_depend_on_which_other_contenders_run()
    {
        var alone = LearningBenchmark.Run(Small with { Contenders = [BenchmarkContenders.Thompson], Scenarios = [BenchmarkScenarios.Easy] });
        var together = SmallRun.Value.Scenarios.Single(s => s.Scenario.Name == "easy").Contenders.Single(c => c.Contender == BenchmarkContenders.Thompson);

        Assert.Equal(together.MeanRegret, alone.Scenarios[0].Contenders[0].MeanRegret, 12);
        Assert.Equal(together.LearningCurve, alone.Scenarios[0].Contenders[0].LearningCurve);
    }

    [Fact]
    public void Success_and_intervention_rates_are_complementary_because_every_failure_escalates()
    {
        foreach (var c in SmallRun.Value.Scenarios.SelectMany(s => s.Contenders))
        {
            Assert.Equal(c.Success.Trials, c.HumanIntervention.Trials);
            Assert.Equal(c.Success.Trials, c.Success.Successes + c.HumanIntervention.Successes);
            Assert.InRange(c.Success.PointEstimate, c.Success.Lower, c.Success.Upper);
        }
    }

    [Fact]
    public void The_report_has_a_row_per_policy_and_the_plot_is_well_formed_svg()
    {
        var markdown = BenchmarkMarkdownFormatter.Format(SmallRun.Value);
        var svg = XDocument.Parse(LearningCurveSvgWriter.Render(SmallRun.Value));

        foreach (var name in BenchmarkContenders.Names)
        {
            Assert.Contains($"| {name} |", markdown, StringComparison.Ordinal);
        }

        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal(ns + "svg", svg.Root!.Name);
        Assert.Equal(BenchmarkScenarios.All.Count * BenchmarkContenders.Names.Count, svg.Descendants(ns + "polyline").Count());
    }

    [Fact]
    public void The_command_writes_the_report_and_the_plot()
    {
        var path = Path.Combine(Path.GetTempPath(), $"remedy-learning-{Guid.NewGuid():N}.svg");
        try
        {
            using var output = new StringWriter();
            var results = LearningBenchmarkCommand.Run(output, path, seeds: 2);

            Assert.Equal(2, results.Options.Seeds);
            Assert.Contains("### Scenario `drift`", output.ToString(), StringComparison.Ordinal);
            Assert.StartsWith("<svg", File.ReadAllText(path), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Each_class_gets_its_evidence_yardsticks_and_the_known_rates_bound_never_exceeds_explore_then_commit()
    {
        foreach (var scenario in SmallRun.Value.Scenarios)
        {
            Assert.Equal(scenario.Scenario.Classes.Select(c => c.Name), scenario.References.Select(r => r.FaultClass));
            foreach (var r in scenario.References.Where(r => r is { KnownRatesBound: not null, ExploreThenCommit: not null }))
            {
                Assert.True(r.KnownRatesBound <= r.ExploreThenCommit, r.FaultClass);
            }
        }

        // Hard classes with 4-5 options need far more than the limit: they fall back to the cheap best-two relaxation.
        var hard = SmallRun.Value.Scenarios.Single(s => s.Scenario.Name == "hard");
        Assert.Contains(hard.References, r => r.TopTwoOnly);
        Assert.Contains("known-rates bound", BenchmarkMarkdownFormatter.Format(SmallRun.Value), StringComparison.Ordinal);
    }

    [Fact]
    public void History_sensitivity_reruns_case_warmed_thompson_once_per_history_size()
    {
        var rows = LearningBenchmarkCommand.HistorySensitivity(Small with { Seeds = 2 });

        Assert.Equal(LearningBenchmarkCommand.HistorySizes, rows.Select(r => r.HistoryPerClass));
        Assert.All(rows, r => Assert.Equal(BenchmarkContenders.WarmThompson, r.Result.Contender));
        var markdown = BenchmarkMarkdownFormatter.FormatHistorySensitivity(rows, Small.IncidentsPerClass);
        Assert.All(LearningBenchmarkCommand.HistorySizes, h => Assert.Contains($"| {h} |", markdown, StringComparison.Ordinal));
    }

    [Fact]
    public void Seed_families_rerun_the_easy_thompson_contenders_with_other_base_seeds()
    {
        var families = LearningBenchmarkCommand.SeedFamilies(Small with { Seeds = 2 }, [7, 9]);

        Assert.Equal([7, 9], families.Select(f => f.BaseSeed));
        Assert.All(families, f => Assert.Equal(LearningBenchmarkCommand.SeedFamilyContenders, f.Easy.Contenders.Select(c => c.Contender)));
        Assert.NotEqual(families[0].Easy.Contenders[1].MeanRegret, families[1].Easy.Contenders[1].MeanRegret);
        var markdown = BenchmarkMarkdownFormatter.FormatSeedFamilies(families, Small.IncidentsPerClass);
        Assert.Contains("| 9 | thompson+cases |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Commit_sensitivity_reruns_cold_and_warm_thompson_once_per_confidence()
    {
        var few = Small with { Seeds = 2 };
        var rows = LearningBenchmarkCommand.CommitSensitivity(few);

        Assert.Equal(LearningBenchmarkCommand.CommitConfidences, rows.Select(r => r.CommitConfidence));
        Assert.All(rows, r => Assert.Equal([BenchmarkContenders.Thompson, BenchmarkContenders.WarmThompson], r.Easy.Contenders.Select(c => c.Contender)));

        // The confidence reaches the policies: never committing and committing at 0.8 choose differently.
        Assert.NotEqual(rows[0].Easy.Contenders[0].LearningCurve, rows[1].Easy.Contenders[0].LearningCurve);

        var markdown = BenchmarkMarkdownFormatter.FormatCommitSensitivity(rows, few.IncidentsPerClass);
        Assert.Contains("| never | thompson |", markdown, StringComparison.Ordinal);
        Assert.Contains("| 0.80 | thompson+cases |", markdown, StringComparison.Ordinal);
    }

    private static double Gap(FaultClass c, bool drifted)
    {
        var rates = c.Options.Select((o, i) => (o, p: c.SuccessOf(i, drifted))).Where(x => x.o.Verified).Select(x => x.p).OrderDescending().ToArray();
        return rates[0] - rates[1];
    }
}
