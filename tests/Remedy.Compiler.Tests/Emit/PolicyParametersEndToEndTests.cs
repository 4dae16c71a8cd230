using Remedy.Compiler.Emit;
using Remedy.Compiler.Workspace;
using Remedy.Runtime.Engine;
using Remedy.Runtime.Journal;
using Remedy.Runtime.Learning;
using Remedy.Runtime.Providers;
using Remedy.Runtime.Storage;

namespace Remedy.Compiler.Tests.Emit;

/// <summary>
/// The parameters of <c>choose remedy by thompson(...)</c>, compiled from .remedy text, reach the policy the
/// runtime's learning selector builds: they change the recorded probability of a choice.
/// </summary>
public sealed class PolicyParametersEndToEndTests
{
    private static string Source(string policy) => $$"""
        module tuned

        /// Two remedies that both work: what differs is how sure the policy gets after one success.
        playbook tuned {
            trigger alert "Anything"
            autonomy observe_only
            choose remedy by {{policy}} {
                option first { step a { notify "ops" "first" } }
                option second { step b { notify "ops" "second" } }
            }
        }
        """;

    private static LoadedPlaybook Load(PlaybookRuntime runtime, string policy)
    {
        var compiled = new PlaybookCompiler().Compile(Compilation.Create([new SourceDocument("tuned.remedy", Source(policy))]), "tuned");
        Assert.True(compiled.Succeeded, string.Join("\n", compiled.Diagnostics));
        var loaded = runtime.LoadAssembly(compiled.Image.ToArray(), "tuned.dll");
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Errors));
        return Assert.Single(loaded.Playbooks);
    }

    /// <summary>Runs the playbook twice on one store and returns the probability recorded for each choice.</summary>
    private static async Task<double[]> TwoRunsAsync(string policy, InMemoryStore store)
    {
        var runtime = new PlaybookRuntime(store, ProviderRegistry.Create(), selector: new LearningSelector(store, seed: 42));
        var playbook = Load(runtime, policy);
        for (var i = 0; i < 2; i++)
        {
            var result = await runtime.RunAsync(playbook, new RunRequest { RequestedBy = "test" }, CancellationToken.None);
            Assert.Equal(RunOutcome.Succeeded, result.Outcome);
        }

        return [.. store.Outcomes("tuned").Select(o => o.Probability)];
    }

    [Fact]
    public async Task A_lower_commit_confidence_runs_the_leader_outright_after_one_success()
    {
        // After one success the winner is the best with posterior probability 2/3: below the default 95%
        // Thompson samples (the winner with probability 2/3, the other 1/3), above a written 60% it commits (probability 1).
        var byDefault = await TwoRunsAsync("thompson", new InMemoryStore());
        var committing = await TwoRunsAsync("thompson(commit: 60%)", new InMemoryStore());

        Assert.Equal(0.5, byDefault[0], 3);
        Assert.Equal(1.0 / 6, Math.Abs(byDefault[1] - 0.5), 2);
        Assert.Equal(0.5, committing[0], 3);
        Assert.Equal(1.0, committing[1], 6);
    }

    [Fact]
    public async Task A_strong_prior_makes_one_success_count_for_little()
    {
        // Beta(51, 50) against Beta(50, 50): one success leaves the winner barely ahead, far from a 60% commit,
        // so the second choice is still close to a coin flip (whichever option it picked).
        var probabilities = await TwoRunsAsync("thompson(prior: [50, 50], commit: 60%)", new InMemoryStore());

        Assert.Equal(0.5, probabilities[0], 3);
        Assert.InRange(Math.Abs(probabilities[1] - 0.5), 0, 0.1);
    }

    [Fact]
    public async Task The_written_parameters_are_in_the_persisted_state_and_a_restart_keeps_learning_from_it()
    {
        var store = new InMemoryStore();
        await TwoRunsAsync("thompson(commit: 60%)", store);
        var state = new LearningSelector(store).PolicyState("tuned", "remedy");
        Assert.NotNull(state);
        Assert.Contains("0.6", state);

        // A new runtime and selector over the same store (a restart): the committed leader is still run outright.
        var runtime = new PlaybookRuntime(store, ProviderRegistry.Create(), selector: new LearningSelector(store, seed: 7));
        var result = await runtime.RunAsync(Load(runtime, "thompson(commit: 60%)"), new RunRequest { RequestedBy = "test" }, CancellationToken.None);

        Assert.Equal(RunOutcome.Succeeded, result.Outcome);
        var outcomes = store.Outcomes("tuned");
        Assert.Equal(3, outcomes.Count);
        Assert.Equal(1.0, outcomes[2].Probability, 6);
        Assert.Equal(outcomes[1].Option, outcomes[2].Option);
    }
}
