using System.Diagnostics;
using Remedy.Runtime.Providers;
using Remedy.Runtime.Providers.Process;
using Remedy.Runtime.Tests.Support;
using Remedy.Runtime.Values;

namespace Remedy.Runtime.Tests.Providers;

/// <summary>Manages a real child process (<c>sleep</c>) as the service, through a real pid file.</summary>
public sealed class ServiceProviderTests : IDisposable
{
    private readonly TempDirectory dir = new();
    private readonly ServiceCatalog catalog;

    public ServiceProviderTests()
    {
        catalog = new ServiceCatalog(
        [
            new ServiceDefinition { Name = "worker", FileName = "/usr/bin/sleep", Arguments = ["300"], PidFile = dir.Combine("run", "worker.pid"), StopGrace = TimeSpan.FromSeconds(3) },
            new ServiceDefinition { Name = "broken", FileName = "/usr/bin/false", PidFile = dir.Combine("run", "broken.pid"), StartGrace = TimeSpan.FromSeconds(2) },
            new ServiceDefinition { Name = "missing", FileName = dir.Combine("no-such-binary"), PidFile = dir.Combine("run", "missing.pid") },
        ]);
    }

    [Fact]
    public async Task Start_status_stop_drive_a_real_process()
    {
        Assert.Equal(BoolValue.Of(false), (await Call<ServiceStatusProvider>("worker")).Get("running"));

        var started = await Call<ServiceStartProvider>("worker");
        Assert.True(started.TryGetInt("pid", out var pid));
        Assert.Equal(BoolValue.Of(true), started.Get("changed"));
        using (var process = Process.GetProcessById((int)pid))
        {
            Assert.False(process.HasExited);
            Assert.Contains("sleep", process.ProcessName);
        }

        // Starting again is a no-op on the same process.
        var again = await Call<ServiceStartProvider>("worker");
        Assert.Equal(BoolValue.Of(false), again.Get("changed"));
        Assert.Equal(new IntValue(pid), again.Get("pid"));

        var status = await Call<ServiceStatusProvider>("worker");
        Assert.Equal(BoolValue.Of(true), status.Get("running"));

        var stopped = await Call<ServiceStopProvider>("worker");
        Assert.Equal(BoolValue.Of(true), stopped.Get("changed"));
        Assert.False(IsAlive((int)pid));
        Assert.False(File.Exists(dir.Combine("run", "worker.pid")));
        Assert.Equal(BoolValue.Of(false), (await Call<ServiceStopProvider>("worker")).Get("changed"));
    }

    [Fact]
    public async Task Restart_replaces_the_process_and_restore_returns_to_the_captured_state()
    {
        var first = await Call<ServiceStartProvider>("worker");
        first.TryGetInt("pid", out var firstPid);

        var restartProvider = new ServiceRestartProvider(catalog);
        var call = Of(restartProvider, "worker");
        var captured = Assert.IsType<MapValue>((await restartProvider.CaptureAsync(call, default)).Value);
        Assert.Equal(MapValue.Of(("service", "worker"), ("was_running", true)), captured);

        var restarted = Assert.IsType<MapValue>((await restartProvider.ExecuteAsync(call, default)).Value);
        restarted.TryGetInt("pid", out var secondPid);
        Assert.NotEqual(firstPid, secondPid);
        Assert.False(IsAlive((int)firstPid));

        // The compensation of a stop on a service that was running starts it again.
        await Call<ServiceStopProvider>("worker");
        var restore = new ServiceRestoreProvider(catalog);
        var back = await restore.ExecuteAsync(new ProviderCall(restore.Id, captured, "undo:k", "run"), default);
        Assert.True(back.Succeeded, back.Failure?.Message);
        Assert.Equal(BoolValue.Of(true), (await Call<ServiceStatusProvider>("worker")).Get("running"));
    }

    [Fact]
    public async Task A_stale_pid_file_is_not_mistaken_for_a_running_service()
    {
        Directory.CreateDirectory(dir.Combine("run"));
        using var self = Process.GetCurrentProcess();
        File.WriteAllText(dir.Combine("run", "worker.pid"), $"{self.Id}\n12345\n");
        Assert.Equal(BoolValue.Of(false), (await Call<ServiceStatusProvider>("worker")).Get("running"));
    }

    [Theory]
    [InlineData("nginx", FailureKind.Denied, "not in the allowlist")]
    [InlineData("broken", FailureKind.Error, "exited at once with code 1")]
    [InlineData("missing", FailureKind.Error, "cannot start service 'missing'")]
    public async Task Bad_services_are_typed_failures(string service, FailureKind kind, string message)
    {
        var provider = new ServiceStartProvider(catalog);
        var result = await provider.ExecuteAsync(Of(provider, service), default);
        Assert.Equal(kind, result.Failure?.Kind);
        Assert.Contains(message, result.Failure!.Message);
    }

    public void Dispose()
    {
        foreach (var name in new[] { "worker" })
        {
            var provider = new ServiceStopProvider(catalog);
            provider.ExecuteAsync(Of(provider, name), default).GetAwaiter().GetResult();
        }

        dir.Dispose();
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static ProviderCall Of(IProvider provider, string service) =>
        new(provider.Id, MapValue.Of(("service", service)), "key-" + Guid.NewGuid().ToString("N"), "run-test");

    private async Task<MapValue> Call<T>(string service)
        where T : IProvider
    {
        var provider = (T)Activator.CreateInstance(typeof(T), catalog)!;
        var result = await provider.ExecuteAsync(Of(provider, service), default);
        Assert.True(result.Succeeded, result.Failure?.Message);
        return Assert.IsType<MapValue>(result.Value);
    }
}
