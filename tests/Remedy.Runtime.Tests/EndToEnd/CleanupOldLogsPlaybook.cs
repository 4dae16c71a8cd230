using Remedy.Runtime.Engine;
using Remedy.Runtime.Manifest;
using Remedy.Runtime.Values;

namespace Remedy.Runtime.Tests.EndToEnd;

/// <summary>
/// What the emitter would produce for:
/// <code>
/// playbook cleanup_old_logs {
///     autonomy autonomous
///     blast_radius { max_targets 4; max_percent 100% }   // counted over the whole run: 3 old logs + the current one
///     circuit_breaker { trip after 3 failures within 1h; cooldown 30m }
///     let old = files.list(path: folder, pattern: "*.log", min_age: 1d) | take 3
///     step trash "Move old logs to the trash" { for f in old { files.move_to_trash(f) } }
///     step compress "Compress the current log" { files.compress(current) }
///     verify within W every E { files.disk_usage(path: folder).bytes &lt;= budget }
///     on failure { escalate "ops" "cleanup failed" }
/// }
/// </code>
/// </summary>
public sealed class CleanupOldLogsPlaybook(string folder, string current, long budgetBytes, TimeSpan verifyWithin, TimeSpan verifyEvery) : CompiledPlaybook
{
    public static readonly PlaybookManifest Spec = new()
    {
        Name = "cleanup_old_logs",
        Module = "ops.disk",
        Autonomy = AutonomyLevel.Autonomous,
        BlastRadius = new BlastRadiusPolicy(4, 1.0),
        CircuitBreaker = new CircuitBreakerPolicy(3, TimeSpan.FromHours(1), TimeSpan.FromMinutes(30)),
        Timeout = TimeSpan.FromMinutes(5),
        Steps =
        [
            new StepManifest { Name = "trash", Title = "Move old logs to the trash", Effect = Effect.Mutating, Actions = ["move_to_trash"] },
            new StepManifest { Name = "compress", Title = "Compress the current log", Effect = Effect.Mutating, Actions = ["compress"] },
        ],
        Actions =
        [
            new ActionDescriptor
            {
                Name = "move_to_trash", ProviderId = "files.move_to_trash", Risk = Risk.Low,
                Rollback = RollbackDescriptor.SameNames("files.restore", "path", "trash_path"), Timeout = TimeSpan.FromSeconds(30),
            },
            new ActionDescriptor
            {
                Name = "compress", ProviderId = "files.compress", Risk = Risk.Low,
                Rollback = RollbackDescriptor.SameNames("files.decompress", "path"), Timeout = TimeSpan.FromSeconds(30),
            },
        ],
        Queries =
        [
            new QueryDescriptor("list", "files.list", TimeSpan.FromSeconds(10)),
            new QueryDescriptor("disk_usage", "files.disk_usage", TimeSpan.FromSeconds(10)),
        ],
        Bounds = new ComputedBounds(4, TimeSpan.FromMinutes(2)),
        SourceHash = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
    };

    public override PlaybookManifest Manifest => Spec;

    public override async Task ExecuteAsync(IStepContext ctx, CancellationToken ct)
    {
        var listed = (ListValue)await ctx.QueryAsync("list", MapValue.Of(("path", folder), ("pattern", "*.log"), ("min_age", TimeSpan.FromDays(1))), ct);
        var old = listed.Items.Take(3).ToArray();

        await ctx.StepAsync("trash", async stepToken =>
        {
            var targets = ctx.Targets(old, listed.Count);
            foreach (var file in targets.Items)
            {
                await ctx.InvokeAsync("move_to_trash", MapValue.Of(("path", ((MapValue)file).Get("path")!)), file, stepToken);
            }
        }, ct);

        await ctx.StepAsync("compress", async stepToken =>
        {
            var targets = ctx.Targets([current], 1);
            await ctx.InvokeAsync("compress", MapValue.Of(("path", current)), targets.Items[0], stepToken);
        }, ct);

        await ctx.VerifyAsync("disk_within_budget", async verifyToken =>
        {
            var usage = (MapValue)await ctx.QueryAsync("disk_usage", MapValue.Of(("path", folder)), verifyToken);
            return usage.TryGetInt("bytes", out var bytes) && bytes <= budgetBytes;
        }, verifyWithin, verifyEvery, ct);
    }

    public override Task OnFailureAsync(IStepContext ctx, RunFailure failure, CancellationToken ct) =>
        ctx.EscalateAsync("ops", $"cleanup_old_logs failed: {failure.Message}", ct);
}
