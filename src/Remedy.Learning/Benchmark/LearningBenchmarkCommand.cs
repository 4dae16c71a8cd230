using System.Globalization;

namespace Remedy.Learning.Benchmark;

/// <summary>The entry point behind <c>remedy bench learning</c>: run, print the Markdown report, draw the plot.</summary>
public static class LearningBenchmarkCommand
{
    /// <summary>Runs the standard benchmark and writes its report.</summary>
    /// <param name="output">Where the Markdown report goes.</param>
    /// <param name="svgPath">Where the learning-curve SVG goes; none when <see langword="null"/>.</param>
    /// <param name="seeds">How many seeds (the published figures use 100).</param>
    /// <param name="baseSeed">Shifts every seed, to draw a different family of runs.</param>
    /// <returns>The results, for callers that also want them as data.</returns>
    public static LearningBenchmarkResults Run(TextWriter output, string? svgPath = null, int seeds = 100, int baseSeed = 0)
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
        return results;
    }
}
