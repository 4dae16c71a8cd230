using Remedy.Runtime.Engine;
using Remedy.Runtime.Manifest;
using Remedy.Runtime.Values;

namespace Remedy.Cli.Tests.Runtime;

/// <summary>A hand-written compiled playbook: one step that moves the given files to the trash (restored on rollback).</summary>
internal sealed class TrashPlaybook(string folder, string[] names, AutonomyLevel autonomy) : CompiledPlaybook
{
    public override PlaybookManifest Manifest { get; } = new()
    {
        Name = "clean_logs",
        Module = "cli_tests",
        Autonomy = autonomy,
        BlastRadius = new BlastRadiusPolicy(10, 1.0),
        CircuitBreaker = new CircuitBreakerPolicy(100, TimeSpan.FromHours(1), TimeSpan.FromMinutes(1)),
        Timeout = TimeSpan.FromMinutes(5),
        Steps = [new StepManifest { Name = "trash", Title = "Move old logs to the trash", Effect = Effect.Mutating, Actions = ["move_to_trash"] }],
        Actions =
        [
            new ActionDescriptor
            {
                Name = "move_to_trash", ProviderId = "files.move_to_trash", Effect = Effect.Mutating, Risk = Risk.Low,
                Rollback = RollbackDescriptor.SameNames("files.restore", "path", "trash_path"),
            },
        ],
        SourceHash = "b0bab0bab0bab0bab0bab0bab0bab0bab0bab0bab0bab0bab0bab0bab0bab0ba",
    };

    public override Task ExecuteAsync(IStepContext ctx, CancellationToken ct) =>
        ctx.StepAsync("trash", async stepCt =>
        {
            var targets = ctx.Targets(names.Select(n => (RValue)MapValue.Of(("path", Path.Combine(folder, n)))), names.Length);
            foreach (var file in targets.Items)
            {
                await ctx.InvokeAsync("move_to_trash", MapValue.Of(("path", ((MapValue)file).Get("path")!)), file, stepCt);
            }
        }, ct);
}
