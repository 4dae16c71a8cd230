using Remedy.Runtime.Engine;
using Remedy.Runtime.Manifest;
using Remedy.Runtime.Values;

namespace Remedy.Runtime.Tests.EndToEnd;

/// <summary>
/// What the emitter would produce for:
/// <code>
/// playbook worker_unhealthy {
///     autonomy autonomous
///     blast_radius { max_targets 1 }
///     circuit_breaker { trip after 2 failures within 1h; cooldown 1h }
///     step act { service.&lt;action&gt;(service: "worker") }     // restart or stop
///     verify within W every E { http.health(url: health_url).healthy }
/// }
/// </code>
/// </summary>
public sealed class WorkerPlaybook(string action, string healthUrl, TimeSpan verifyWithin, TimeSpan verifyEvery) : CompiledPlaybook
{
    private static readonly RollbackDescriptor Restore = RollbackDescriptor.SameNames("service.restore", "service", "was_running");

    public static readonly PlaybookManifest Spec = new()
    {
        Name = "worker_unhealthy",
        Module = "ops.worker",
        Autonomy = AutonomyLevel.Autonomous,
        BlastRadius = new BlastRadiusPolicy(1, null),
        CircuitBreaker = new CircuitBreakerPolicy(2, TimeSpan.FromHours(1), TimeSpan.FromHours(1)),
        Timeout = TimeSpan.FromMinutes(2),
        Steps = [new StepManifest { Name = "act", Effect = Effect.Mutating, Actions = ["restart", "stop"] }],
        Actions =
        [
            new ActionDescriptor { Name = "restart", ProviderId = "service.restart", Risk = Risk.Medium, Rollback = Restore, Timeout = TimeSpan.FromSeconds(20) },
            new ActionDescriptor { Name = "stop", ProviderId = "service.stop", Risk = Risk.Medium, Rollback = Restore, Timeout = TimeSpan.FromSeconds(20) },
        ],
        Queries = [new QueryDescriptor("health", "http.health", TimeSpan.FromSeconds(5))],
        SourceHash = "fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210",
    };

    public override PlaybookManifest Manifest => Spec;

    public override async Task ExecuteAsync(IStepContext ctx, CancellationToken ct)
    {
        await ctx.StepAsync("act", async stepToken =>
        {
            var target = ctx.Targets([MapValue.Of(("service", "worker"))], 1).Items[0];
            await ctx.InvokeAsync(action, MapValue.Of(("service", "worker")), target, stepToken);
        }, ct);

        await ctx.VerifyAsync("healthy", async verifyToken =>
        {
            var health = (MapValue)await ctx.QueryAsync("health", MapValue.Of(("url", healthUrl)), verifyToken);
            return health.TryGetBool("healthy", out var healthy) && healthy;
        }, verifyWithin, verifyEvery, ct);
    }
}
