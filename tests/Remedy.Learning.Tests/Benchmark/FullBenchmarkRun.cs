using Remedy.Learning.Benchmark;

namespace Remedy.Learning.Tests.Benchmark;

/// <summary>
/// Runs the published benchmark (100 seeds) and writes the report, but only when REMEDY_BENCH_OUT names a folder:
/// <c>REMEDY_BENCH_OUT=/tmp/bench dotnet test tests/Remedy.Learning.Tests --filter Category=Benchmark</c>.
/// </summary>
public sealed class FullBenchmarkRun
{
    [BenchmarkFact]
    [Trait("Category", "Benchmark")]
    public void Writes_the_learning_benchmark_report()
    {
        var folder = Environment.GetEnvironmentVariable(BenchmarkFactAttribute.Variable)!;
        Directory.CreateDirectory(folder);
        using var output = new StringWriter();

        var results = LearningBenchmarkCommand.Run(output, Path.Combine(folder, "learning-curves.svg"), seeds: 100);
        File.WriteAllText(Path.Combine(folder, "learning-benchmark.md"), output.ToString());

        Assert.All(results.Scenarios.SelectMany(s => s.Contenders), c => Assert.Equal(0, c.UnsafeAttempts));
    }
}
