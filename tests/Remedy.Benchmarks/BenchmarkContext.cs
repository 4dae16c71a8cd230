namespace Remedy.Benchmarks;

/// <summary>Where a benchmark prints its figures and writes its files (plots, reports).</summary>
/// <param name="Output">The figures.</param>
/// <param name="OutputFolder">Where files go; created on demand.</param>
internal sealed record BenchmarkContext(TextWriter Output, string OutputFolder)
{
    /// <summary>Checks a benchmark found broken (not missed speed targets, which are only printed).</summary>
    public List<string> Failures { get; } = [];

    public void Fail(string why)
    {
        Failures.Add(why);
        Output.WriteLine($"  FAILED: {why}");
    }

    public string FilePath(string name)
    {
        Directory.CreateDirectory(OutputFolder);
        return Path.Combine(OutputFolder, name);
    }
}
