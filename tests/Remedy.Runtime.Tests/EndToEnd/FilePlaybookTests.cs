using Remedy.Runtime.Engine;
using Remedy.Runtime.Journal;
using Remedy.Runtime.Providers;
using Remedy.Runtime.Providers.Files;
using Remedy.Runtime.Providers.Notify;
using Remedy.Runtime.Storage;
using Remedy.Runtime.Tests.Support;

namespace Remedy.Runtime.Tests.EndToEnd;

/// <summary>
/// A hand-written "generated" playbook over real files, journaled in a real SQLite file. Real I/O runs on the
/// real clock (a manual clock could expire a timeout while a real call is in flight), with short verify windows.
/// </summary>
public sealed class FilePlaybookTests : IDisposable
{
    private readonly TempDirectory dir = new();
    private readonly TimeProvider clock = TimeProvider.System;
    private readonly FileProviderOptions options;
    private readonly string logs;
    private readonly string current;

    public FilePlaybookTests()
    {
        logs = dir.Combine("logs");
        options = new FileProviderOptions { AllowedRoots = [logs], TrashDirectory = dir.Combine("trash") };
        var old = clock.GetUtcNow().UtcDateTime.AddDays(-10);
        for (var i = 1; i <= 3; i++)
        {
            dir.Write($"logs/old-{i}.log", new string((char)('a' + i), 5000), old.AddHours(i));
        }

        current = dir.Write("logs/current.log", string.Concat(Enumerable.Repeat("request served\n", 400)));
    }

    [Fact]
    public async Task Cleanup_trashes_old_logs_and_compresses_the_current_one()
    {
        using var store = OpenStore();
        var runtime = NewRuntime(store, FileProviders.All(options, clock), out _);
        var result = await Run(runtime, budget: 1000);

        Assert.Equal(RunOutcome.Succeeded, result.Outcome);
        Assert.Equal(4, result.Mutations);
        Assert.Equal(["current.log.gz"], Directory.GetFiles(logs).Select(f => Path.GetFileName(f)));
        Assert.Equal(3, Directory.GetFiles(dir.Combine("trash"), "*.log", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public async Task A_failed_verify_puts_every_real_file_back()
    {
        var before = Snapshot();
        using var store = OpenStore();
        var runtime = NewRuntime(store, FileProviders.All(options, clock), out var notifications);

        // A budget no cleanup can reach: verify fails and the runtime compensates in reverse order.
        var result = await Run(runtime, budget: 10);

        Assert.Equal(RunOutcome.Failed, result.Outcome);
        Assert.Equal(new CompensationReport(4, 0, 0), result.Failure?.Compensation);
        Assert.Equal(before, Snapshot());
        Assert.Contains("ESCALATE #ops", notifications.ToString());
        var compensated = runtime.History(result.RunId).Where(e => e.Kind == JournalKind.Compensated).Select(e => e.Name!).ToArray();
        Assert.Equal(["compress", "move_to_trash", "move_to_trash", "move_to_trash"], compensated);
    }

    [Fact]
    public async Task After_a_crash_mid_run_recovery_restores_the_real_files()
    {
        var before = Snapshot();
        var path = dir.Combine("state.db");
        var real = FileProviders.All(options, clock);
        var freezing = new InterruptingProvider((ICapturingProvider)real.Single(p => p.Id == "files.move_to_trash"), freezeOnCall: 3);
        Assert.True(SqliteStore.TryOpen(path, SqliteDurability.Normal, out var crashedStore, out var error), error);
        var crashed = NewRuntime(crashedStore, [.. real.Where(p => p.Id != freezing.Id), freezing], out _);
        _ = Run(crashed, budget: 1000);
        await freezing.Frozen.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(2, Directory.GetFiles(dir.Combine("trash"), "*.log", SearchOption.AllDirectories).Length);

        Assert.True(SqliteStore.TryOpen(path, SqliteDurability.Normal, out var freshStore, out error), error);
        using (freshStore)
        {
            var fresh = NewRuntime(freshStore, FileProviders.All(options, clock), out _);
            var report = await fresh.RecoverAsync();
            Assert.Equal(1, report.RunsRecovered);
            Assert.Equal(new CompensationReport(3, 0, 0), report.Compensation);
        }

        Assert.Equal(before, Snapshot());
        crashedStore.Dispose();
    }

    public void Dispose() => dir.Dispose();

    private SqliteStore OpenStore()
    {
        Assert.True(SqliteStore.TryOpen(dir.Combine("state.db"), SqliteDurability.Normal, out var store, out var error), error);
        return store;
    }

    private PlaybookRuntime NewRuntime(IRuntimeStore store, IProvider[] providers, out StringWriter notifications)
    {
        notifications = new StringWriter();
        return new PlaybookRuntime(store, ProviderRegistry.Create(providers), clock, NotificationRouter.ToWriter(notifications));
    }

    private Task<RunResult> Run(PlaybookRuntime runtime, long budget)
    {
        var loaded = runtime.Load(new CleanupOldLogsPlaybook(logs, current, budget, TimeSpan.FromMilliseconds(300), TimeSpan.FromMilliseconds(100)));
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Errors));
        return runtime.RunAsync(loaded.Playbook!, new RunRequest { RequestedBy = "alertmanager" });
    }

    private SortedDictionary<string, string> Snapshot() =>
        new(Directory.GetFiles(logs).ToDictionary(f => Path.GetFileName(f), f => File.ReadAllText(f)), StringComparer.Ordinal);
}
