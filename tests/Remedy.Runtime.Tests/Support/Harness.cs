using Remedy.Runtime.Engine;
using Remedy.Runtime.Manifest;
using Remedy.Runtime.Providers;
using Remedy.Runtime.Providers.Notify;
using Remedy.Runtime.Storage;
using Remedy.Runtime.Values;

namespace Remedy.Runtime.Tests.Support;

/// <summary>A runtime over fake providers, a manual clock and a store, plus the standard test manifest.</summary>
public sealed class Harness : IDisposable
{
    public const string Hash = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

    public static readonly ActionDescriptor SetAction = new()
    {
        Name = "set",
        ProviderId = "fake.set",
        Effect = Effect.Mutating,
        Risk = Risk.Low,
        Rollback = RollbackDescriptor.SameNames("fake.restore", "target", "previous"),
        Timeout = TimeSpan.FromSeconds(30),
    };

    public static readonly ActionDescriptor DeleteAction = new()
    {
        Name = "delete",
        ProviderId = "fake.delete",
        Effect = Effect.Mutating,
        Risk = Risk.Low,
        IrreversibleReason = "deleted values cannot be brought back",
    };

    public static readonly QueryDescriptor ReadQuery = new("read", "fake.read", TimeSpan.FromSeconds(5));

    public Harness(IRuntimeStore? store = null, RuntimeOptions? options = null, ManualClock? clock = null, FakeWorld? world = null)
    {
        Clock = clock ?? new ManualClock();
        World = world ?? new FakeWorld();
        Store = store ?? new InMemoryStore();
        Notifications = new StringWriter();
        Providers = ProviderRegistry.Create(
            new FakeSetProvider(World), new FakeRestoreProvider(World), new FakeDeleteProvider(World), new FakeReadProvider(World));
        Runtime = new PlaybookRuntime(Store, Providers, Clock, NotificationRouter.ToWriter(Notifications), options ?? new RuntimeOptions());
    }

    public ManualClock Clock { get; }

    public FakeWorld World { get; }

    public IRuntimeStore Store { get; }

    public StringWriter Notifications { get; }

    public ProviderRegistry Providers { get; }

    public PlaybookRuntime Runtime { get; }

    public static PlaybookManifest Manifest(AutonomyLevel autonomy = AutonomyLevel.Autonomous) => new()
    {
        Name = "fix_things",
        Module = "tests",
        Autonomy = autonomy,
        BlastRadius = new BlastRadiusPolicy(3, 0.5, "namespace", "prod"),
        CircuitBreaker = new CircuitBreakerPolicy(3, TimeSpan.FromHours(1), TimeSpan.FromMinutes(30)),
        Timeout = TimeSpan.FromMinutes(10),
        Steps = [new StepManifest { Name = "fix", Title = "Fix the things", Effect = Effect.Mutating, Actions = ["set"] }],
        Actions = [SetAction, DeleteAction],
        Queries = [ReadQuery],
        SourceHash = Hash,
    };

    public static RValue Target(string name, string ns = "prod") => MapValue.Of(("name", name), ("namespace", ns));

    /// <summary>The typical generated body: one step that declares its targets and sets each of them.</summary>
    public static ScriptedPlaybook SetAll(PlaybookManifest manifest, IReadOnlyList<string> targets, int population, string value = "new") =>
        new(manifest, async (ctx, ct) =>
        {
            await ctx.StepAsync("fix", async stepToken =>
            {
                var set = ctx.Targets(targets.Select(t => Target(t)), population);
                foreach (var item in set.Items)
                {
                    var name = ((MapValue)item).Get("name")!;
                    await ctx.InvokeAsync("set", MapValue.Of(("target", name), ("value", value)), item, stepToken);
                }
            }, ct);
        });

    public LoadedPlaybook Load(CompiledPlaybook playbook)
    {
        var loaded = Runtime.Load(playbook);
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Errors));
        return loaded.Playbook!;
    }

    public Task<RunResult> RunAsync(CompiledPlaybook playbook, string requestedBy = "alertmanager", bool dryRun = false, string? runId = null, CancellationToken cancellationToken = default) =>
        Runtime.RunAsync(Load(playbook), new RunRequest { RequestedBy = requestedBy, DryRun = dryRun, RunId = runId }, cancellationToken);

    public void Dispose() => Store.Dispose();
}
