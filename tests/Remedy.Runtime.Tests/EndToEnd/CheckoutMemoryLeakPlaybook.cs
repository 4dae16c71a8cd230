using Remedy.Runtime.Engine;
using Remedy.Runtime.Manifest;
using Remedy.Runtime.Values;

namespace Remedy.Runtime.Tests.EndToEnd;

/// <summary>The example from docs/runtime.md, kept compiling and running here so the documentation cannot rot.</summary>
public sealed class CheckoutMemoryLeakPlaybook : CompiledPlaybook
{
    public static readonly PlaybookManifest Spec = new()
    {
        Name = "checkout_memory_leak",
        Module = "payments",
        Autonomy = AutonomyLevel.Supervised,
        BlastRadius = new BlastRadiusPolicy(MaxTargets: 3, MaxPercent: 0.25, "namespace", "payments"),
        CircuitBreaker = new CircuitBreakerPolicy(3, TimeSpan.FromHours(1), TimeSpan.FromMinutes(30)),
        RateLimit = new RateLimitPolicy(5, TimeSpan.FromHours(1)),
        Timeout = TimeSpan.FromMinutes(10),
        Steps =
        [
            new StepManifest
            {
                Name = "restart", Title = "Restart the leaking pods", Effect = Effect.Mutating,
                Actions = ["restart_pod"], Retries = 2, Backoff = TimeSpan.FromSeconds(10), Timeout = TimeSpan.FromMinutes(3),
            },
        ],
        Actions =
        [
            new ActionDescriptor
            {
                Name = "restart_pod", ProviderId = "k8s.delete_pod", Effect = Effect.Mutating,
                Risk = Risk.Medium, IrreversibleReason = "the controller recreates the pod",
            },
        ],
        Queries =
        [
            new QueryDescriptor("pods", "k8s.pods", TimeSpan.FromSeconds(10)),
            new QueryDescriptor("prom_query", "prom.query", TimeSpan.FromSeconds(10)),
        ],
        Bounds = new ComputedBounds(MaxTargets: 3, WorstCaseDuration: TimeSpan.FromMinutes(9)),
        SourceHash = "5f2b8c0e9a7d41f3b6c2e8a0d4f7b1c3e5a9d2f6b8c0e4a7d1f3b5c9e2a6d8f0",
    };

    public override PlaybookManifest Manifest => Spec;

    public override async Task ExecuteAsync(IStepContext ctx, CancellationToken ct)
    {
        var all = (ListValue)await ctx.QueryAsync("pods", MapValue.Of(("namespace", "payments"), ("selector", "app=checkout")), ct);
        var pods = all.Items.Where(p => ((MapValue)p).TryGetNumber("memory_ratio", out var m) && m > 0.9).Take(3).ToArray();

        await ctx.StepAsync("restart", async stepCt =>
        {
            var targets = ctx.Targets(pods, population: all.Count);
            foreach (var pod in targets.Items)
            {
                await ctx.InvokeAsync("restart_pod", MapValue.Of(("pod", pod)), pod, stepCt);
                await ctx.WaitAsync(TimeSpan.FromSeconds(30), stepCt);
            }
        }, ct);

        await ctx.VerifyAsync("memory_recovered", async vct =>
        {
            var v = await ctx.QueryAsync("prom_query", MapValue.Of(("query", "max(container_memory_ratio{app='checkout'})")), vct);
            return v.TryGetNumber(out var ratio) && ratio < 0.8;
        }, within: TimeSpan.FromMinutes(2), every: TimeSpan.FromSeconds(15), ct);
    }

    public override Task OnFailureAsync(IStepContext ctx, RunFailure failure, CancellationToken ct) =>
        ctx.EscalateAsync("payments-oncall", $"checkout_memory_leak failed: {failure.Message}", ct);

    public override Task OnSuccessAsync(IStepContext ctx, CancellationToken ct) =>
        ctx.NotifyAsync("payments", "checkout recovered", ct);
}
