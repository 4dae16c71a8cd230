namespace Remedy.Benchmarks;

/// <summary>
/// Benchmarks that print figures. Run in Release:
/// <c>dotnet run -c Release --project tests/Remedy.Benchmarks -- [--out folder] [name...]</c>.
/// </summary>
internal static class BenchmarkApp
{
    private static readonly Dictionary<string, Action<BenchmarkContext>> Benchmarks = new()
    {
        ["parse"] = ParseBenchmark.Run,
        ["check"] = CheckBenchmark.Run,
        ["emit"] = EmitBenchmark.Run,
        ["lsp"] = LspBenchmark.Run,
        ["learning"] = LearningBenchmark.Run,
        ["runtime"] = RuntimeBenchmark.Run,
        ["serve"] = ServeBenchmark.Run,
        ["simulate"] = SimulateBenchmark.Run,
    };

    public static int Run(string[] args, TextWriter output)
    {
        var names = new List<string>();
        var folder = Path.Combine(Directory.GetCurrentDirectory(), "artifacts", "bench");
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--out" && i + 1 < args.Length) folder = args[++i];
            else names.Add(args[i]);
        }
        if (names.Count == 0) names.AddRange(Benchmarks.Keys);
        var failures = 0;
        foreach (var name in names)
        {
            if (!Benchmarks.TryGetValue(name, out var benchmark))
            {
                Console.Error.WriteLine($"unknown benchmark '{name}'; choose from {string.Join(", ", Benchmarks.Keys)}");
                return 2;
            }
            output.WriteLine($"== {name}");
            var context = new BenchmarkContext(output, folder);
            benchmark(context);
            failures += context.Failures.Count;
        }
        return failures == 0 ? 0 : 1;
    }
}
