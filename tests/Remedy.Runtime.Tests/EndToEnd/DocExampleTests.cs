using Remedy.Runtime.Engine;
using Remedy.Runtime.Journal;
using Remedy.Runtime.Providers;
using Remedy.Runtime.Providers.Notify;
using Remedy.Runtime.Storage;
using Remedy.Runtime.Tests.Support;
using Remedy.Runtime.Values;

namespace Remedy.Runtime.Tests.EndToEnd;

public sealed class DocExampleTests
{
    [Fact]
    public async Task The_documented_playbook_plans_its_restarts_in_a_dry_run()
    {
        var runtime = NewRuntime(out _, out _);
        var loaded = runtime.Load(new CheckoutMemoryLeakPlaybook());
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Errors));

        var result = await runtime.RunAsync(loaded.Playbook!, new RunRequest { RequestedBy = "alertmanager", DryRun = true });

        Assert.Equal(RunOutcome.Planned, result.Outcome);
        Assert.Equal(["payments/checkout-0", "payments/checkout-1", "payments/checkout-2"], result.Plan.Select(p => p.Target));
        Assert.All(result.Plan, p => Assert.Equal("irreversible: the controller recreates the pod", p.Rollback));
        Assert.All(result.Plan, p => Assert.Equal("approval by 1 person(s) other than alertmanager", p.Gate));
    }

    [Fact]
    public async Task The_documented_playbook_runs_after_approval_and_notifies()
    {
        var clock = new ManualClock();
        var runtime = NewRuntime(out var deleted, out var notifications, clock);
        var loaded = runtime.Load(new CheckoutMemoryLeakPlaybook()).Playbook!;
        var run = runtime.RunAsync(loaded, new RunRequest { RequestedBy = "alertmanager", RunId = "run-doc" });
        await Eventually.TrueAsync(() => runtime.Approvals.Pending().Count == 1, "the approval request");
        Assert.True(runtime.Approvals.Approve("run-doc", null, "bob").Accepted);

        var result = await clock.AdvanceUntilAsync(run, TimeSpan.FromSeconds(30));

        Assert.Equal(RunOutcome.Succeeded, result.Outcome);
        Assert.Equal(["checkout-0", "checkout-1", "checkout-2"], deleted);
        Assert.Contains("notify #payments (checkout_memory_leak, run run-doc): checkout recovered", notifications.ToString());
    }

    private static PlaybookRuntime NewRuntime(out List<string> deleted, out StringWriter notifications, TimeProvider? clock = null)
    {
        var removed = new List<string>();
        deleted = removed;
        notifications = new StringWriter();
        var pods = new ListValue(Enumerable.Range(0, 12).Select(i => (RValue)MapValue.Of(
            ("name", $"checkout-{i}"), ("namespace", "payments"), ("memory_ratio", i < 4 ? 0.95 : 0.5))));
        var registry = ProviderRegistry.Create(
            new LambdaProvider("k8s.pods", _ => ProviderResult.Ok(pods)),
            new LambdaProvider("k8s.delete_pod", call =>
            {
                ((MapValue)call.Args.Get("pod")!).TryGetString("name", out var name);
                removed.Add(name);
                return ProviderResult.Ok();
            }),
            new LambdaProvider("prom.query", _ => ProviderResult.Ok(0.42)));
        return new PlaybookRuntime(new InMemoryStore(), registry, clock, NotificationRouter.ToWriter(notifications));
    }

    private sealed class LambdaProvider(string id, Func<ProviderCall, ProviderResult> body) : IProvider
    {
        public string Id => id;

        public Task<ProviderResult> ExecuteAsync(ProviderCall call, CancellationToken cancellationToken) => Task.FromResult(body(call));
    }
}
