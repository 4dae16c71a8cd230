namespace Remedy.Learning.Tests.Benchmark;

/// <summary>A fact that runs only when REMEDY_BENCH_OUT is set, so the ordinary test run stays quick.</summary>
public sealed class BenchmarkFactAttribute : FactAttribute
{
    public const string Variable = "REMEDY_BENCH_OUT";

    public BenchmarkFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"Set {Variable} to a folder to run the full learning benchmark.";
        }
    }
}
