using Remedy.Learning.Benchmark;

namespace Remedy.Benchmarks;

/// <summary>
/// The learning benchmark of issue 6: simulated incident streams over 100 seeds, every policy
/// side by side. Prints the Markdown table published in docs/learning.md and writes the
/// learning-curve plot as SVG.
/// </summary>
internal static class LearningBenchmark
{
    public static void Run(BenchmarkContext context)
    {
        var svg = context.FilePath("learning-curves.svg");
        var results = LearningBenchmarkCommand.Run(context.Output, svg, seeds: 100, historySensitivity: true, otherSeedFamilies: 4, commitSensitivity: true);
        var unsafeAttempts = results.Scenarios.SelectMany(s => s.Contenders).Sum(c => c.UnsafeAttempts);
        context.Output.WriteLine($"unsafe actions attempted: {unsafeAttempts} (must be 0)");
        context.Output.WriteLine($"plot: {svg}");
    }
}
