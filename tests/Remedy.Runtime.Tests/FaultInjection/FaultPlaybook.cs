using Remedy.Runtime.Engine;
using Remedy.Runtime.Manifest;
using Remedy.Runtime.Values;

namespace Remedy.Runtime.Tests.FaultInjection;

/// <summary>
/// Several mutating steps over real files: trash three old logs, compress two current ones, trash one more, with
/// short waits between actions so a kill can land anywhere.
/// </summary>
public sealed class FaultPlaybook(string folder) : CompiledPlaybook
{
    public static readonly string[] Trashed = ["old-1.log", "old-2.log", "old-3.log"];
    public static readonly string[] Compressed = ["app.log", "web.log"];
    public const string LastTrashed = "debug.log";

    public static readonly PlaybookManifest Spec = new()
    {
        Name = "fault_cleanup",
        Autonomy = AutonomyLevel.Autonomous,
        BlastRadius = new BlastRadiusPolicy(6, 1.0),
        CircuitBreaker = new CircuitBreakerPolicy(100_000, TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(1)),
        Timeout = TimeSpan.FromMinutes(1),
        Steps =
        [
            new StepManifest { Name = "trash", Effect = Effect.Mutating, Actions = ["move_to_trash"] },
            new StepManifest { Name = "compress", Effect = Effect.Mutating, Actions = ["compress"] },
            new StepManifest { Name = "trash_debug", Effect = Effect.Mutating, Actions = ["move_to_trash"] },
        ],
        Actions =
        [
            new ActionDescriptor { Name = "move_to_trash", ProviderId = "files.move_to_trash", Rollback = RollbackDescriptor.SameNames("files.restore", "path", "trash_path") },
            new ActionDescriptor { Name = "compress", ProviderId = "files.compress", Rollback = RollbackDescriptor.SameNames("files.decompress", "path") },
        ],
        SourceHash = "c0ffeec0ffeec0ffeec0ffeec0ffeec0ffeec0ffeec0ffeec0ffeec0ffeec0ff",
    };

    public override PlaybookManifest Manifest => Spec;

    public override async Task ExecuteAsync(IStepContext ctx, CancellationToken ct)
    {
        await ActOnAsync(ctx, "trash", "move_to_trash", Trashed, ct);
        await ActOnAsync(ctx, "compress", "compress", Compressed, ct);
        await ActOnAsync(ctx, "trash_debug", "move_to_trash", [LastTrashed], ct);
    }

    private async Task ActOnAsync(IStepContext ctx, string step, string action, string[] names, CancellationToken ct) =>
        await ctx.StepAsync(step, async stepCt =>
        {
            var targets = ctx.Targets(names.Select(n => (RValue)MapValue.Of(("path", Path.Combine(folder, n)))), names.Length);
            foreach (var file in targets.Items)
            {
                await ctx.InvokeAsync(action, MapValue.Of(("path", ((MapValue)file).Get("path")!)), file, stepCt);
                await ctx.WaitAsync(TimeSpan.FromMilliseconds(2), stepCt);
            }
        }, ct);
}
