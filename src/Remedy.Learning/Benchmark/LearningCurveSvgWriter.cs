using Remedy.Learning.Plotting;

namespace Remedy.Learning.Benchmark;

/// <summary>
/// Draws the benchmark's learning curves: one panel per scenario, the accuracy of choosing the best option
/// (averaged over seeds and fault classes) against the incident index within a class, one line per policy.
/// </summary>
public static class LearningCurveSvgWriter
{
    /// <summary>The chart panels, one per scenario.</summary>
    /// <param name="results">The benchmark results.</param>
    /// <returns>The panels.</returns>
    public static IReadOnlyList<ChartPanel> Panels(LearningBenchmarkResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return results.Scenarios
            .Select(s => new ChartPanel(
                s.Scenario.Name,
                "incident of the fault class",
                s.Contenders.Select(c => new ChartSeries(c.Contender, c.LearningCurve)).ToArray(),
                LearningBenchmark.AccuracyTarget))
            .ToArray();
    }

    /// <summary>Renders the SVG text.</summary>
    /// <param name="results">The benchmark results.</param>
    /// <returns>The SVG document.</returns>
    public static string Render(LearningBenchmarkResults results) => SvgLineChart.Render(Panels(results));

    /// <summary>Writes the SVG to a file.</summary>
    /// <param name="results">The benchmark results.</param>
    /// <param name="path">The file to write.</param>
    public static void Write(LearningBenchmarkResults results, string path) => SvgLineChart.Write(Panels(results), path);
}
