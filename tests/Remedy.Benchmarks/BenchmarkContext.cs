namespace Remedy.Benchmarks;

/// <summary>Where a benchmark prints its figures and writes its files (plots, reports).</summary>
/// <param name="Output">The figures.</param>
/// <param name="OutputFolder">Where files go; created on demand.</param>
internal sealed record BenchmarkContext(TextWriter Output, string OutputFolder)
{
    public string FilePath(string name)
    {
        Directory.CreateDirectory(OutputFolder);
        return Path.Combine(OutputFolder, name);
    }
}
