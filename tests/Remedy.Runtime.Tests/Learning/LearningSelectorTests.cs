using Remedy.Runtime.Engine;
using Remedy.Runtime.Journal;
using Remedy.Runtime.Learning;
using Remedy.Runtime.Manifest;
using Remedy.Runtime.Providers;
using Remedy.Runtime.Providers.Notify;
using Remedy.Runtime.Storage;
using Remedy.Runtime.Tests.Support;
using Remedy.Runtime.Values;

namespace Remedy.Runtime.Tests.Learning;

public sealed class LearningSelectorTests
{
    private static readonly ChoiceManifest Choice = new("remedy", "thompson", ["restart", "scale_out"]);

    /// <summary>
    /// A playbook that picks a remedy and succeeds only when the remedy was "scale_out": the learner must
    /// come to prefer it from the runs' outcomes alone.
    /// </summary>
    private static ScriptedPlaybook Playbook(PlaybookManifest manifest) => new(manifest, async (ctx, ct) =>
    {
        var option = ctx.Choose("remedy", [new StringValue("checkout")]);
        await ctx.StepAsync("fix", async stepToken =>
        {
            var targets = ctx.Targets([Harness.Target("a")], 10);
            await ctx.InvokeAsync("set", MapValue.Of(("target", "a"), ("value", option)), targets.Items[0], stepToken);
        }, ct);
        // A verification that fails at once: the manual clock never advances a polling wait.
        ctx.Require(option == "scale_out", "the service did not recover");
    });

    private static PlaybookManifest Manifest() => Harness.Manifest() with
    {
        Choices = [Choice],
        CircuitBreaker = new CircuitBreakerPolicy(1000, TimeSpan.FromHours(1), TimeSpan.FromMinutes(1)),
    };

    private static PlaybookRuntime Runtime(IRuntimeStore store, ManualClock clock, IRemedySelector selector)
    {
        var world = new FakeWorld();
        var providers = ProviderRegistry.Create(new FakeSetProvider(world), new FakeRestoreProvider(world), new FakeDeleteProvider(world), new FakeReadProvider(world));
        return new PlaybookRuntime(store, providers, clock, NotificationRouter.ToWriter(TextWriter.Null), new RuntimeOptions(), selector);
    }

    private static SqliteStore Open(string path)
    {
        Assert.True(SqliteStore.TryOpen(path, SqliteDurability.Full, out var store, out var error), error);
        return store!;
    }

    private static async Task<List<string>> RunManyAsync(IRuntimeStore store, ManualClock clock, int runs, int seed)
    {
        var runtime = Runtime(store, clock, new LearningSelector(store, clock, seed));
        var loaded = runtime.Load(Playbook(Manifest())).Playbook!;
        var chosen = new List<string>();
        for (var i = 0; i < runs; i++)
        {
            clock.Advance(TimeSpan.FromHours(1));
            var result = await runtime.RunAsync(loaded, new RunRequest { RequestedBy = "alertmanager" });
            chosen.Add(result.Outcome == RunOutcome.Succeeded ? "scale_out" : "restart");
        }
        return chosen;
    }

    [Fact]
    public async Task Learns_to_prefer_the_remedy_whose_verification_holds()
    {
        var store = new InMemoryStore();
        var chosen = await RunManyAsync(store, new ManualClock(), 40, seed: 7);

        Assert.True(chosen.Skip(20).Count(c => c == "scale_out") >= 18, string.Join(",", chosen));
        var outcomes = store.Outcomes("fix_things");
        Assert.Equal(40, outcomes.Count);
        Assert.All(outcomes, o => Assert.Equal(o.Option == "scale_out", o.Success));
        Assert.All(outcomes, o => Assert.InRange(o.Probability, 0.0, 1.0));
        Assert.Equal(["s:checkout"], outcomes[0].Features);
    }

    [Fact]
    public async Task Learning_state_survives_a_restart_of_the_runtime()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "remedy.db");
        var clock = new ManualClock();
        string before;
        using (var store = Open(path))
        {
            await RunManyAsync(store, clock, 25, seed: 3);
            before = new LearningSelector(store).PolicyState("fix_things", "remedy")!;
            Assert.Equal(25, store.Outcomes().Count);
        }

        using (var reopened = Open(path))
        {
            // A new process: the same state, and learning goes on from it rather than from scratch.
            Assert.Equal(before, new LearningSelector(reopened).PolicyState("fix_things", "remedy"));
            var chosen = await RunManyAsync(reopened, clock, 10, seed: 11);
            Assert.True(chosen.Count(c => c == "scale_out") >= 8, string.Join(",", chosen));
            Assert.Equal(35, reopened.Outcomes().Count);
        }
    }

    [Fact]
    public async Task An_option_the_blast_radius_always_refuses_is_learned_against()
    {
        // "restart" targets 5 of 10 (max_targets 3): the guard refuses it before any action, every time.
        var playbook = new ScriptedPlaybook(Manifest(), async (ctx, ct) =>
        {
            var option = ctx.Choose("remedy", [new StringValue("checkout")]);
            await ctx.StepAsync("fix", async stepToken =>
            {
                string[] names = option == "restart" ? ["a", "b", "c", "d", "e"] : ["a"];
                var targets = ctx.Targets(names.Select(n => Harness.Target(n)), 10);
                foreach (var target in targets.Items)
                    await ctx.InvokeAsync("set", MapValue.Of(("target", ((MapValue)target).TryGetString("name", out var n) ? n : ""), ("value", option)), target, stepToken);
            }, ct);
        });
        var store = new InMemoryStore();
        var clock = new ManualClock();
        var runtime = Runtime(store, clock, new LearningSelector(store, clock, seed: 5));
        var loaded = runtime.Load(playbook).Playbook!;
        var refused = new List<bool>();
        for (var i = 0; i < 30; i++)
        {
            clock.Advance(TimeSpan.FromHours(1));
            refused.Add((await runtime.RunAsync(loaded, new RunRequest { RequestedBy = "alertmanager" })).Outcome == RunOutcome.Refused);
        }

        Assert.Contains(true, refused);
        Assert.True(refused.Skip(15).Count(r => r) <= 2, string.Join(",", refused));
        Assert.Contains(store.Outcomes(), o => o.Option == "restart" && !o.Success);
    }

    [Fact]
    public async Task Runs_refused_by_a_guard_teach_nothing()
    {
        var store = new InMemoryStore();
        var clock = new ManualClock();
        var selector = new LearningSelector(store, clock, seed: 1);
        var runtime = Runtime(store, clock, selector);
        runtime.KillSwitch.Pause("ops", "maintenance");
        var loaded = runtime.Load(Playbook(Manifest())).Playbook!;

        var result = await runtime.RunAsync(loaded, new RunRequest { RequestedBy = "alertmanager" });

        Assert.NotEqual(RunOutcome.Succeeded, result.Outcome);
        Assert.Empty(store.Outcomes());
        Assert.Null(selector.PolicyState("fix_things", "remedy"));
    }
}
