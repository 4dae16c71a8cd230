using System.Diagnostics;
using System.Globalization;
using Remedy.Runtime.Engine;
using Remedy.Runtime.Journal;
using Remedy.Runtime.Manifest;
using Remedy.Runtime.Providers;
using Remedy.Runtime.Storage;
using Remedy.Runtime.Values;

namespace Remedy.Benchmarks;

/// <summary>
/// The runtime benchmark of issue 5: what the engine adds to each mutating step (guards, intent and done records,
/// idempotency keys, timeouts) over calling the same provider directly, with the journal in memory and in a SQLite
/// file on disk. Targets: at most 20 µs per step in memory, at least 1,000 journaled mutations per second on disk.
/// </summary>
internal static class RuntimeBenchmark
{
    internal const int Mutations = 2_000;
    private const int Repeats = 5;

    public static void Run(BenchmarkContext context)
    {
        var output = context.Output;
        var provider = new NoOpProvider("bench.set");
        var direct = Best(() => Direct(provider));
        var memory = Best(() => Engine(new InMemoryStore()));
        var folder = Path.Combine(Path.GetTempPath(), "remedy-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        TimeSpan disk;
        try
        {
            var run = 0;
            disk = Best(() =>
            {
                if (!SqliteStore.TryOpen(Path.Combine(folder, $"state-{run++}.db"), SqliteDurability.Normal, out var store, out var error))
                {
                    throw new InvalidOperationException(error);
                }

                using (store)
                {
                    return Engine(store);
                }
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        var perDirect = direct.TotalMicroseconds / Mutations;
        var perMemory = memory.TotalMicroseconds / Mutations;
        var perDisk = disk.TotalMicroseconds / Mutations;
        var overheadMemory = perMemory - perDirect;
        var perSecondDisk = Mutations / disk.TotalSeconds;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Mutations} mutating steps in one run, no-op provider, best of {Repeats}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"provider called directly       {perDirect,8:F2} µs per call"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"engine, journal in memory      {perMemory,8:F2} µs per step   overhead {overheadMemory,7:F2} µs per step   target <= 20 µs: {(overheadMemory <= 20 ? "met" : "MISSED")}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"engine, SQLite journal on disk {perDisk,8:F2} µs per step   {perSecondDisk,7:F0} journaled mutations/s   target >= 1,000/s: {(perSecondDisk >= 1000 ? "met" : "MISSED")}"));
    }

    private static TimeSpan Best(Func<TimeSpan> measure)
    {
        measure(); // warm-up: JIT, tiering, SQLite page cache
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < Repeats; i++)
        {
            var t = measure();
            best = t < best ? t : best;
        }

        return best;
    }

    private static TimeSpan Direct(IProvider provider)
    {
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < Mutations; i++)
        {
            var args = MapValue.Of(("target", Target(i)), ("value", "new"));
            var result = provider.ExecuteAsync(new ProviderCall(provider.Id, args, $"run/step/set/{i}/0", "run"), CancellationToken.None).GetAwaiter().GetResult();
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(result.Failure!.Message);
            }
        }

        return watch.Elapsed;
    }

    private static TimeSpan Engine(IRuntimeStore store)
    {
        var runtime = new PlaybookRuntime(store, ProviderRegistry.Create(new NoOpProvider("bench.set"), new NoOpProvider("bench.undo")));
        var loaded = runtime.Load(new BenchPlaybook());
        if (!loaded.Succeeded)
        {
            throw new InvalidOperationException(string.Join("\n", loaded.Errors));
        }

        var watch = Stopwatch.StartNew();
        var result = runtime.RunAsync(loaded.Playbook!, new RunRequest { RequestedBy = "bench" }).GetAwaiter().GetResult();
        var elapsed = watch.Elapsed;
        if (result.Outcome != RunOutcome.Succeeded || result.Mutations != Mutations)
        {
            throw new InvalidOperationException($"the benchmark run ended {result.Outcome} after {result.Mutations} mutations: {result.Message}");
        }

        return elapsed;
    }

    internal static string Target(int i) => "t" + i.ToString(CultureInfo.InvariantCulture);
}
