using System.Globalization;
using System.Text.Json;
using Remedy.Cli;
using Remedy.Learning.Statistics;

namespace Remedy.Benchmarks;

/// <summary>
/// The learning benchmark's extra scenario on a real compiled playbook: <c>remedy simulate</c> runs the shipped
/// example's <c>simulation</c> (examples/k8s_memory_leak.remedy, 500 incidents) over ten seeds, once per policy, the
/// example's <c>choose remedy by thompson</c> rewritten to each policy in turn. Everything else (compiler, runtime,
/// guards, the runtime's learner) is what production runs.
/// </summary>
internal static class SimulateBenchmark
{
    private const string Example = "examples/k8s_memory_leak.remedy";
    private const string Choice = "choose remedy by thompson";
    private const int Seeds = 10;

    private static readonly (string Name, string Policy)[] Policies =
    [
        ("fixed \"restart\" (runbook)", "fixed \"restart\""),
        ("q_learning", "q_learning"),
        ("ucb", "ucb"),
        ("cases", "cases"),
        ("thompson", "thompson"),
    ];

    public static void Run(BenchmarkContext context)
    {
        var source = File.ReadAllText(Path.Combine(RepositoryRoot(), Example));
        if (!source.Contains(Choice, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{Example} no longer says '{Choice}'; update the simulate benchmark.");
        }

        var folder = Path.Combine(Path.GetTempPath(), $"remedy-simulate-bench-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            context.Output.WriteLine($"`remedy simulate {Example}` (its declared 500 incidents), seeds 1–{Seeds}, the choice's policy rewritten per row:");
            context.Output.WriteLine();
            context.Output.WriteLine("| policy | success [95% CI] | chose a best option | incidents to 90%, median [IQR] over seeds | unsafe attempted |");
            context.Output.WriteLine("|---|---|---|---|---|");
            foreach (var (name, policy) in Policies)
            {
                var file = Path.Combine(folder, $"{new string(policy.Where(char.IsLetter).ToArray())}.remedy");
                File.WriteAllText(file, source.Replace(Choice, "choose remedy by " + policy, StringComparison.Ordinal));
                var runs = Enumerable.Range(1, Seeds).Select(seed => Simulate(file, seed)).ToArray();
                var tried = runs.Sum(r => r.Tried);
                var success = Wilson.Interval((long)Math.Round(runs.Sum(r => r.SuccessRate * r.Tried)), tried, 0.95);
                var best = runs.Sum(r => r.ChoseBest) / (double)runs.Sum(r => r.Incidents);
                var to90 = runs.Select(r => r.IncidentsTo90 is { } n ? (double)n : double.PositiveInfinity).ToArray();
                context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {name} | {success.PointEstimate:P1} [{success.Lower:P1}–{success.Upper:P1}] | {best:P1} | {N(Quantiles.Of(to90, 0.5))} [{N(Quantiles.Of(to90, 0.25))}–{N(Quantiles.Of(to90, 0.75))}] | {runs.Sum(r => r.Unsafe)} |"));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string N(double value) => double.IsPositiveInfinity(value) ? "never" : value.ToString("0.#", CultureInfo.InvariantCulture);

    private static SeedRun Simulate(string file, int seed)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApplication.Run(["simulate", file, "--seed", seed.ToString(CultureInfo.InvariantCulture), "--format", "json"], output, error);
        if (code != 0)
        {
            throw new InvalidOperationException($"remedy simulate failed ({code}): {error}");
        }

        using var json = JsonDocument.Parse(output.ToString());
        var r = json.RootElement;
        var to90 = r.GetProperty("incidentsTo90PercentAccuracy");
        return new SeedRun(
            r.GetProperty("incidents").GetInt32(),
            r.GetProperty("remediesTried").GetInt32(),
            r.GetProperty("successRate").GetDouble(),
            r.GetProperty("choseBest").GetInt32(),
            to90.ValueKind == JsonValueKind.Number ? to90.GetInt32() : null,
            r.GetProperty("unsafeActionsAttempted").GetInt32());
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Remedy.Lang.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmark from inside the repository (Remedy.Lang.sln not found above the binary).");
    }

    private sealed record SeedRun(int Incidents, int Tried, double SuccessRate, int ChoseBest, int? IncidentsTo90, int Unsafe);
}
