using System.Diagnostics;
using Remedy.Runtime.Engine;
using Remedy.Runtime.Journal;
using Remedy.Runtime.Providers;
using Remedy.Runtime.Providers.Http;
using Remedy.Runtime.Providers.Process;
using Remedy.Runtime.Storage;
using Remedy.Runtime.Tests.Support;
using Remedy.Runtime.Values;

namespace Remedy.Runtime.Tests.EndToEnd;

/// <summary>A playbook that manages a real child process and checks a real local HTTP endpoint, on the real clock.</summary>
public sealed class ServicePlaybookTests : IDisposable
{
    private readonly TempDirectory dir = new();
    private readonly TimeProvider clock = TimeProvider.System;
    private readonly LocalHttpServer server;
    private readonly HttpClient client = new();
    private readonly ServiceCatalog catalog;
    private bool healthy = true;

    public ServicePlaybookTests()
    {
        server = new LocalHttpServer(_ => healthy ? (200, "ok") : (503, "down"));
        catalog = new ServiceCatalog([new ServiceDefinition { Name = "worker", FileName = "/usr/bin/sleep", Arguments = ["300"], PidFile = dir.Combine("worker.pid") }]);
    }

    [Fact]
    public async Task Restart_replaces_the_worker_and_verifies_health()
    {
        var before = await StartWorkerAsync();
        var (runtime, store) = NewRuntime();
        using (store)
        {
            var result = await RunAsync(runtime, "restart");

            Assert.True(result.Outcome == RunOutcome.Succeeded, result.Message);
            var done = Assert.Single(runtime.History(result.RunId), e => e.Kind == JournalKind.Done);
            Assert.True(((MapValue)done.Data).TryGetInt("pid", out var after));
            Assert.NotEqual(before, after);
            Assert.False(IsAlive(before));
            Assert.True(IsAlive((int)after));
        }
    }

    [Fact]
    public async Task A_stop_that_leaves_the_service_unhealthy_is_rolled_back_by_starting_it_again()
    {
        var before = await StartWorkerAsync();
        healthy = false;
        var (runtime, store) = NewRuntime();
        using (store)
        {
            var result = await RunAsync(runtime, "stop");

            Assert.Equal(RunOutcome.Failed, result.Outcome);
            Assert.Equal(new CompensationReport(1, 0, 0), result.Failure?.Compensation);
            Assert.False(IsAlive(before));
            var status = await new ServiceStatusProvider(catalog).ExecuteAsync(new ProviderCall("service.status", MapValue.Of(("service", "worker")), null, "t"), default);
            Assert.Equal(BoolValue.Of(true), ((MapValue)status.Value).Get("running"));
        }
    }

    public void Dispose()
    {
        new ServiceStopProvider(catalog).ExecuteAsync(new ProviderCall("service.stop", MapValue.Of(("service", "worker")), "cleanup", "t"), default).GetAwaiter().GetResult();
        client.Dispose();
        server.Dispose();
        dir.Dispose();
    }

    private static bool IsAlive(long pid)
    {
        try
        {
            using var process = Process.GetProcessById((int)pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private async Task<long> StartWorkerAsync()
    {
        var started = await new ServiceStartProvider(catalog).ExecuteAsync(new ProviderCall("service.start", MapValue.Of(("service", "worker")), "setup", "t"), default);
        Assert.True(started.Succeeded, started.Failure?.Message);
        Assert.True(((MapValue)started.Value).TryGetInt("pid", out var pid));
        return pid;
    }

    private (PlaybookRuntime Runtime, SqliteStore Store) NewRuntime()
    {
        Assert.True(SqliteStore.TryOpen(dir.Combine("state.db"), SqliteDurability.Normal, out var store, out var error), error);
        var providers = ProviderRegistry.Create([.. ServiceProviders.All(catalog), .. HttpProviders.All(client, new HttpProviderOptions { AllowedUrlPrefixes = [server.BaseUrl] })]);
        return (new PlaybookRuntime(store, providers, clock), store);
    }

    private Task<RunResult> RunAsync(PlaybookRuntime runtime, string action)
    {
        var loaded = runtime.Load(new WorkerPlaybook(action, server.BaseUrl + "health", TimeSpan.FromMilliseconds(400), TimeSpan.FromMilliseconds(100)));
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Errors));
        return runtime.RunAsync(loaded.Playbook!, new RunRequest { RequestedBy = "alertmanager" });
    }
}
