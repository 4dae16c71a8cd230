using System.Diagnostics;
using Remedy.Runtime.Engine;
using Remedy.Runtime.Journal;
using Remedy.Runtime.Learning;
using Remedy.Runtime.Manifest;
using Remedy.Runtime.Providers;
using Remedy.Runtime.Simulation;
using Remedy.Runtime.Storage;
using Remedy.Runtime.Tests.EndToEnd;
using Remedy.Runtime.Values;

namespace Remedy.Runtime.Tests.Simulation;

public sealed class SimulatedVerifyTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_oracle_decides_verify_and_its_recovery_time_passes_on_the_simulated_clock()
    {
        var clock = new SimulatedClock(Start);
        var (runtime, condition) = NewRuntime(clock, new FixedOracle(new VerifyVerdict(true, TimeSpan.FromSeconds(90), "outcome restart")));
        var playbook = runtime.Load(new CheckoutMemoryLeakPlaybook()).Playbook!;
        var watch = Stopwatch.StartNew();

        var result = await clock.RunAsync(() => runtime.RunAsync(playbook, new RunRequest { RequestedBy = "simulation", RunId = "sim-1" }), () => ApproveAll(runtime));

        Assert.Equal(RunOutcome.Succeeded, result.Outcome);
        Assert.Equal(0, condition.Calls);
        var verify = runtime.History("sim-1").Single(e => e.Kind == JournalKind.VerifyResult);
        Assert.Contains("held after 00:01:30 (simulated: outcome restart)", verify.Message);
        // Three restarts 30 s apart (batch 1, pause 30s) and 90 s to recover: minutes of simulated time, no real wait.
        Assert.True(clock.GetUtcNow() - Start >= TimeSpan.FromSeconds(90), $"simulated time moved only to {clock.GetUtcNow():O}");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed} of real time");
    }

    [Fact]
    public async Task A_failing_verdict_uses_the_whole_window_and_fails_the_run_with_compensation()
    {
        var clock = new SimulatedClock(Start);
        var (runtime, condition) = NewRuntime(clock, new FixedOracle(new VerifyVerdict(false, TimeSpan.Zero, "no outcome for option")));
        var playbook = runtime.Load(new CheckoutMemoryLeakPlaybook()).Playbook!;

        var result = await clock.RunAsync(() => runtime.RunAsync(playbook, new RunRequest { RequestedBy = "simulation", RunId = "sim-2" }), () => ApproveAll(runtime));

        Assert.Equal(RunOutcome.Failed, result.Outcome);
        Assert.Contains("did not hold within", result.Message);
        Assert.Contains("simulated: no outcome for option", result.Message);
        Assert.Equal(0, condition.Calls);
    }

    [Fact]
    public async Task Without_an_oracle_verify_evaluates_its_condition()
    {
        var clock = new SimulatedClock(Start);
        var (runtime, condition) = NewRuntime(clock, oracle: null);
        var playbook = runtime.Load(new CheckoutMemoryLeakPlaybook()).Playbook!;

        var result = await clock.RunAsync(() => runtime.RunAsync(playbook, new RunRequest { RequestedBy = "simulation", RunId = "sim-3" }), () => ApproveAll(runtime));

        Assert.Equal(RunOutcome.Succeeded, result.Outcome);
        Assert.True(condition.Calls >= 1);
    }

    [Fact]
    public void Advancing_fires_due_timers_in_order_and_stops_at_the_target()
    {
        var clock = new SimulatedClock(Start);
        var fired = new List<DateTimeOffset>();
        using var late = clock.CreateTimer(_ => fired.Add(clock.GetUtcNow()), null, TimeSpan.FromMinutes(5), Timeout.InfiniteTimeSpan);
        using var early = clock.CreateTimer(_ => fired.Add(clock.GetUtcNow()), null, TimeSpan.FromMinutes(1), Timeout.InfiniteTimeSpan);
        using var never = clock.CreateTimer(_ => fired.Add(DateTimeOffset.MinValue), null, TimeSpan.FromHours(2), Timeout.InfiniteTimeSpan);

        clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal([Start.AddMinutes(1), Start.AddMinutes(5)], fired);
        Assert.Equal(Start.AddHours(1), clock.GetUtcNow());
    }

    [Fact]
    public async Task Work_waiting_on_nothing_is_reported_as_stuck_not_hung()
    {
        var clock = new SimulatedClock(Start);
        var never = new TaskCompletionSource<int>();

        await Assert.ThrowsAsync<TimeoutException>(() => clock.RunAsync(() => never.Task));
    }

    private static bool ApproveAll(PlaybookRuntime runtime)
    {
        var any = false;
        foreach (var pending in runtime.Approvals.Pending())
        {
            any |= runtime.Approvals.Approve(pending.Request.RunId, pending.Request.Step, "simulated-oncall").Accepted;
        }

        return any;
    }

    private static (PlaybookRuntime Runtime, CountingProvider Condition) NewRuntime(TimeProvider clock, IVerifyOracle? oracle)
    {
        var pods = new ListValue(Enumerable.Range(0, 12).Select(i => (RValue)MapValue.Of(
            ("name", $"checkout-{i}"), ("namespace", "payments"), ("memory_ratio", i < 4 ? 0.95 : 0.5))));
        var condition = new CountingProvider("prom.query", ProviderResult.Ok(0.42));
        var registry = ProviderRegistry.Create(
            new CountingProvider("k8s.pods", ProviderResult.Ok(pods)),
            new CountingProvider("k8s.delete_pod", ProviderResult.Ok()),
            condition);
        return (new PlaybookRuntime(new InMemoryStore(), registry, clock, options: new RuntimeOptions { VerifyOracle = oracle }), condition);
    }

    private sealed class FixedOracle(VerifyVerdict verdict) : IVerifyOracle
    {
        public VerifyVerdict Judge(PlaybookManifest manifest, MapValue alert, IReadOnlyList<ChoiceMade> choices) => verdict;
    }

    private sealed class CountingProvider(string id, ProviderResult result) : IProvider
    {
        private int calls;

        public string Id => id;

        public int Calls => Volatile.Read(ref calls);

        public Task<ProviderResult> ExecuteAsync(ProviderCall call, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref calls);
            return Task.FromResult(result);
        }
    }
}
