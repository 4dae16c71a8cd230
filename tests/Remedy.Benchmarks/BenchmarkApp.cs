namespace Remedy.Benchmarks;

/// <summary>Benchmarks that print figures. Run in Release: <c>dotnet run -c Release --project tests/Remedy.Benchmarks -- [name]</c>.</summary>
internal static class BenchmarkApp
{
    private static readonly Dictionary<string, Action<TextWriter>> Benchmarks = new()
    {
        ["parse"] = ParseBenchmark.Run,
    };

    public static int Run(string[] args, TextWriter output)
    {
        var selected = args.Length == 0 ? Benchmarks.Keys.ToList() : args.ToList();
        foreach (var name in selected)
        {
            if (!Benchmarks.TryGetValue(name, out var benchmark))
            {
                Console.Error.WriteLine($"unknown benchmark '{name}'; choose from {string.Join(", ", Benchmarks.Keys)}");
                return 2;
            }
            output.WriteLine($"== {name}");
            benchmark(output);
        }
        return 0;
    }
}
