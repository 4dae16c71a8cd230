using Remedy.Runtime.Engine;
using Remedy.Runtime.Manifest;
using Remedy.Runtime.Values;

namespace Remedy.Benchmarks;

/// <summary>One mutating step over <see cref="RuntimeBenchmark.Mutations"/> targets, each set once: the shape of a large cleanup.</summary>
internal sealed class BenchPlaybook : CompiledPlaybook
{
    public override PlaybookManifest Manifest { get; } = new()
    {
        Name = "bench",
        Module = "bench",
        Autonomy = AutonomyLevel.Autonomous,
        BlastRadius = new BlastRadiusPolicy(RuntimeBenchmark.Mutations, 1.0),
        CircuitBreaker = new CircuitBreakerPolicy(3, TimeSpan.FromHours(1), TimeSpan.FromMinutes(30)),
        Timeout = TimeSpan.FromMinutes(10),
        Steps = [new StepManifest { Name = "set", Effect = Effect.Mutating, Actions = ["set"] }],
        Actions =
        [
            new ActionDescriptor
            {
                Name = "set", ProviderId = "bench.set", Effect = Effect.Mutating, Risk = Risk.Low,
                Rollback = RollbackDescriptor.SameNames("bench.undo", "target"),
            },
        ],
        SourceHash = "5eed5eed5eed5eed5eed5eed5eed5eed5eed5eed5eed5eed5eed5eed5eed5eed",
    };

    public override Task ExecuteAsync(IStepContext ctx, CancellationToken ct) =>
        ctx.StepAsync("set", async stepCt =>
        {
            var targets = ctx.Targets(Enumerable.Range(0, RuntimeBenchmark.Mutations).Select(i => (RValue)RuntimeBenchmark.Target(i)), RuntimeBenchmark.Mutations);
            foreach (var target in targets.Items)
            {
                await ctx.InvokeAsync("set", MapValue.Of(("target", target), ("value", "new")), target, stepCt);
            }
        }, ct);
}
