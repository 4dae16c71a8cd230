using System.Diagnostics;
using System.Globalization;
using Remedy.Runtime.Journal;
using Remedy.Runtime.Storage;
using Remedy.Runtime.Tests.Support;
using Xunit.Abstractions;

namespace Remedy.Runtime.Tests.FaultInjection;

/// <summary>
/// Starts the runtime as a real child process over real files and a real SQLite file, SIGKILLs it at a random
/// point of a run with several mutating steps, and after every kill lets the next process (and finally a
/// recovery here) settle the journal. Then every run must be complete or fully compensated, no idempotency key
/// may have reached a provider twice, and no file may be lost. In the second variant the hosts never recover and
/// the real <c>remedy recover</c> process settles every killed run at the end. The suite runs a quick sample of 12 kills; set
/// REMEDY_FAULT_KILLS (e.g. 200) for the full exercise.
/// </summary>
public sealed class FaultInjectionTests(ITestOutputHelper output)
{
    private static readonly string[] AllFiles = [.. FaultPlaybook.Trashed, .. FaultPlaybook.Compressed, FaultPlaybook.LastTrashed];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Killing_the_runtime_at_random_points_never_loses_or_repeats_a_mutation(bool recoverWithCli)
    {
        var kills = int.TryParse(Environment.GetEnvironmentVariable("REMEDY_FAULT_KILLS"), out var n) && n > 0 ? n : 12;
        var iterations = 0;
        using var dir = new TempDirectory();
        var database = dir.Combine("state.db");
        var random = new Random(20260105);
        int killed = 0, finishedFirst = 0;
        TimeSpan runDuration = default;

        // Iteration 0 is not killed: it measures how long a run takes on this machine, so the kills that follow
        // land anywhere from before the first intent to just after the last done record.
        // Keep going until the wanted number of runs were really killed (some finish before their kill lands).
        for (var i = 0; killed < kills && i <= kills * 4; i++)
        {
            iterations = i;
            SeedFiles(dir.Path, i);
            using var child = StartHost(database, dir.Path, i, recoverFirst: !recoverWithCli);
            var ready = await child.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
            Assert.StartsWith("ready", ready);

            var watch = Stopwatch.StartNew();
            var delay = i == 0 ? TimeSpan.FromSeconds(60) : TimeSpan.FromMilliseconds(random.NextDouble() * runDuration.TotalMilliseconds);
            var exited = await WaitForExitAsync(child, delay);
            if (i == 0)
            {
                Assert.True(exited && child.ExitCode == 0, await child.StandardError.ReadToEndAsync());
                runDuration = watch.Elapsed;
                continue;
            }

            if (!exited)
            {
                child.Kill();
                await child.WaitForExitAsync();
                killed++;
            }
            else
            {
                finishedFirst++;
                Assert.True(child.ExitCode == 0, await child.StandardError.ReadToEndAsync());
            }
        }

        Assert.Equal(kills, killed);
        var cliSummary = string.Empty;
        if (recoverWithCli)
        {
            // The real CLI, as an operator would run it after a crash, with a runtime configuration naming the same roots.
            var config = Path.Combine(dir.Path, "remedy.runtime.json");
            File.WriteAllText(config, """{ "files": { "allowed_roots": ["data"], "trash": "trash" } }""");
            var (code, stdout, stderr) = await RunCliAsync(dir.Path, "recover", "--state", database, "--config", config);
            Assert.True(code == 0, stdout + stderr);
            cliSummary = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last(l => l.StartsWith("recovered ", StringComparison.Ordinal));
        }

        Assert.True(SqliteStore.TryOpen(database, SqliteDurability.Normal, out var store, out var error), error);
        using (store)
        {
            var recovery = await FaultHost.NewRuntime(store, dir.Path).RecoverAsync();
            Assert.Null(recovery.Error);
            if (recoverWithCli)
            {
                // remedy recover left nothing for the in-process recovery to do.
                Assert.Equal(0, recovery.RunsRecovered);
            }

            Assert.Empty(store.ListRuns(openOnly: true, int.MaxValue));

            var runs = store.ListRuns(openOnly: false, int.MaxValue).ToDictionary(r => r.RunId);
            int complete = 0, compensated = 0, neverStarted = 0, mutations = 0, undone = 0;
            for (var i = 0; i <= iterations; i++)
            {
                var files = Snapshot(dir.Path, i);
                if (!runs.TryGetValue($"run-{i}", out var run))
                {
                    neverStarted++;
                    Assert.Equal(Original(i), files);
                    continue;
                }

                var entries = store.ReadRun(run.RunId);
                mutations += entries.Count(e => e.Kind == JournalKind.Done);
                undone += entries.Count(e => e.Kind == JournalKind.Compensated);
                Assert.DoesNotContain(entries, e => e.Kind == JournalKind.CompensationFailed);
                if (run.Outcome == RunOutcome.Succeeded)
                {
                    complete++;
                    Assert.Equal(Final(i), files);
                }
                else
                {
                    compensated++;
                    Assert.Equal(Original(i), files);
                    var intents = entries.Where(e => e.Kind == JournalKind.Intent).Select(e => e.IdempotencyKey).ToHashSet();
                    var settled = entries.Where(e => e.Kind == JournalKind.Compensated).Select(e => e.IdempotencyKey).ToHashSet();
                    Assert.Subset(settled, intents);
                    Assert.Superset(intents, settled);
                }
            }

            var ledger = File.Exists(FaultHost.Ledger(dir.Path)) ? File.ReadAllLines(FaultHost.Ledger(dir.Path)) : [];
            var actions = ledger.Where(l => !l.StartsWith("files.restore", StringComparison.Ordinal) && !l.StartsWith("files.decompress", StringComparison.Ordinal)).ToArray();
            var repeated = actions.GroupBy(l => l).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
            Assert.Empty(repeated);

            var byCli = recoverWithCli ? $"; recovered by the remedy recover process: {cliSummary}" : string.Empty;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"fault injection: {iterations} runs after one calibration run of {runDuration.TotalMilliseconds:F0} ms, {killed} killed (SIGKILL) at random points, {finishedFirst} finished before the kill; " +
                $"after recovery: {complete} complete, {compensated} fully compensated, {neverStarted} killed before starting; " +
                $"{actions.Length} mutations reached a provider, none twice for one idempotency key; {undone} compensations; no file lost{byCli}"));
        }
    }

    private static Process StartHost(string database, string root, int iteration, bool recoverFirst)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "exec", typeof(FaultHostProgram).Assembly.Location, recoverFirst ? "fault-host" : "fault-host-no-recover", database, root, iteration.ToString(CultureInfo.InvariantCulture) })
        {
            info.ArgumentList.Add(argument);
        }

        return Process.Start(info) ?? throw new InvalidOperationException("could not start the fault host");
    }

    private static async Task<(int Code, string Output, string Error)> RunCliAsync(string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in new[] { "exec", Path.Combine(AppContext.BaseDirectory, "remedy.dll") }.Concat(args))
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start remedy");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!await WaitForExitAsync(process, TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("remedy recover did not finish within 5 minutes");
        }

        return (process.ExitCode, await stdout, await stderr);
    }

    private static async Task<bool> WaitForExitAsync(Process process, TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private static void SeedFiles(string root, int iteration)
    {
        var folder = FaultHost.DataFolder(root, iteration);
        Directory.CreateDirectory(folder);
        foreach (var (name, content) in Original(iteration))
        {
            File.WriteAllText(Path.Combine(folder, name), content);
        }
    }

    private static SortedDictionary<string, string> Original(int iteration) =>
        new(AllFiles.ToDictionary(f => f, f => string.Concat(Enumerable.Repeat($"{f} of run {iteration}\n", 50))), StringComparer.Ordinal);

    private static SortedDictionary<string, string> Final(int iteration)
    {
        var original = Original(iteration);
        return new(FaultPlaybook.Compressed.ToDictionary(f => f + ".gz", f => "gzip:" + original[f]), StringComparer.Ordinal);
    }

    private static SortedDictionary<string, string> Snapshot(string root, int iteration)
    {
        var folder = FaultHost.DataFolder(root, iteration);
        return new(Directory.GetFiles(folder).ToDictionary(f => Path.GetFileName(f), Read), StringComparer.Ordinal);
    }

    private static string Read(string path)
    {
        if (!path.EndsWith(".gz", StringComparison.Ordinal))
        {
            return File.ReadAllText(path);
        }

        using var gzip = new System.IO.Compression.GZipStream(File.OpenRead(path), System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        return "gzip:" + reader.ReadToEnd();
    }
}
