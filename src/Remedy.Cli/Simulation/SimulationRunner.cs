using Remedy.Compiler.Workspace;
using Remedy.Learning.Metrics;
using Remedy.Runtime.Engine;
using Remedy.Runtime.Journal;
using Remedy.Runtime.Learning;
using Remedy.Runtime.Manifest;
using Remedy.Runtime.Providers;
using Remedy.Runtime.Providers.Notify;
using Remedy.Runtime.Simulation;
using Remedy.Runtime.Storage;

namespace Remedy.Cli.Simulation;

/// <summary>
/// Runs a simulation: the real compiled playbook, loaded and guarded by the real runtime, against simulated
/// providers, one incident after another in simulated time, with the runtime's learner training on the outcomes.
/// </summary>
internal static class SimulationRunner
{
    private static readonly DateTimeOffset Epoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Runs the simulation.</summary>
    /// <param name="workspace">The compiled workspace (for the simulation's declaration).</param>
    /// <param name="image">The compiled playbook assembly.</param>
    /// <param name="options">What was asked for.</param>
    /// <param name="store">Where runs, journal and learned state go.</param>
    /// <returns>The result.</returns>
    /// <exception cref="SimulationException">The simulation cannot run as declared.</exception>
    public static async Task<SimulationResult> RunAsync(RemedyWorkspace workspace, byte[] image, SimulationOptions options, IRuntimeStore store)
    {
        var spec = SimulationReader.Read(workspace, options.Simulation);
        var seed = options.Seed ?? spec.Seed;
        var incidents = options.Incidents ?? spec.Incidents;
        var world = new SimulatedWorld(spec);
        var registry = ProviderRegistry.Create([.. world.Providers()]);
        var clock = new SimulatedClock(Epoch);
        var incidentRandom = new Random(seed);
        var oracle = new OutcomeOracle(spec.Outcomes, () => incidentRandom);
        var selector = new RecordingSelector(new LearningSelector(store, clock, seed));
        var runtime = new PlaybookRuntime(store, registry, clock, new NotificationRouter([]), new RuntimeOptions { VerifyOracle = oracle }, selector);

        var loaded = runtime.LoadAssembly(image, "simulation");
        var playbook = loaded.Playbooks.FirstOrDefault(p => p.Manifest.Name == spec.Playbook || p.Manifest.Name.EndsWith("." + spec.Playbook, StringComparison.Ordinal))
            ?? throw new SimulationException($"playbook '{spec.Playbook}' could not be loaded: {string.Join("; ", loaded.Errors.DefaultIfEmpty("it was not compiled"))}");
        var manifest = playbook.Manifest;
        var options2 = manifest.Choices.SelectMany(c => c.Options).Distinct(StringComparer.Ordinal).ToList();
        var spacing = Spacing(manifest);

        var results = new List<IncidentResult>(incidents);
        for (var i = 0; i < incidents; i++)
        {
            // Each incident draws from its own source, so incident i is the same whatever the learner did before it.
            incidentRandom = new Random(unchecked((seed * 1_000_003) + i));
            world.Begin(incidentRandom, TimeSpan.FromMinutes(1));
            selector.Reset();
            var started = clock.GetUtcNow();
            var request = new RunRequest { RequestedBy = "simulation", Input = world.Alert, RunId = $"sim-{seed}-{i:D5}" };
            var result = await clock.RunAsync(() => runtime.RunAsync(playbook, request), () => Approve(runtime, manifest)).ConfigureAwait(false);
            var elapsed = clock.GetUtcNow() - started;
            var best = Best(options2, oracle, world);
            var success = result.Outcome == RunOutcome.Succeeded;
            var acted = result.Mutations > 0;
            results.Add(new IncidentResult(i, result.Outcome, selector.LastOption, best, success, elapsed,
                !success || (manifest.Autonomy == AutonomyLevel.Supervised && acted), result.Failure?.Refusal?.Guard, world.Actions.Count));
            clock.Advance(spacing);
        }

        // Runs that tried a remedy count, as the runtime's learner counts them: a success, or a failure after acting.
        // A refusal or an abort before acting says nothing about the remedy.
        var records = results.Where(r => r.Success || (r.Actions > 0 && r.Outcome is RunOutcome.Failed or RunOutcome.TimedOut or RunOutcome.Aborted))
            .Select(r => new OutcomeRecord(manifest.Name, [], r.Option ?? string.Empty, 1, r.Success, r.TimeToRecover, r.HumanActed,
                options2.Count > 0 ? r.ChoseBest : null))
            .ToList();
        return new SimulationResult(spec, manifest.Name, seed, spacing, results, OutcomeMetricsCalculator.For(manifest.Name, records), records);
    }

    // Incidents arrive further apart than any guard window (cooldown, breaker, rate limit) and the run's timeout:
    // the guards still check every run, but one incident's cooldown does not refuse the next incident's remedy.
    private static TimeSpan Spacing(PlaybookManifest manifest)
    {
        TimeSpan[] windows =
        [
            TimeSpan.FromHours(1),
            manifest.TargetCooldown ?? TimeSpan.Zero,
            manifest.CircuitBreaker is { } breaker ? breaker.Window + breaker.Cooldown : TimeSpan.Zero,
            manifest.RateLimit?.Window ?? TimeSpan.Zero,
        ];
        return windows.Max() + manifest.Timeout;
    }

    private static List<string> Best(IReadOnlyList<string> options, OutcomeOracle oracle, SimulatedWorld world)
    {
        var rates = options.Select(o => (Option: o, Rate: oracle.Applicable(o, world.Alert)?.Success ?? 0)).ToList();
        var top = rates.Count == 0 ? 0 : rates.Max(r => r.Rate);
        return [.. rates.Where(r => r.Rate >= top).Select(r => r.Option)];
    }

    // The simulated on-call approves supervised steps, as many distinct people as the playbook requires; that is
    // human work, and counted as such.
    private static bool Approve(PlaybookRuntime runtime, PlaybookManifest manifest)
    {
        var any = false;
        foreach (var pending in runtime.Approvals.Pending())
        {
            for (var person = 1; person <= Math.Max(1, manifest.Approvers); person++)
            {
                any |= runtime.Approvals.Approve(pending.Request.RunId, pending.Request.Step, $"simulated-oncall-{person}").Accepted;
            }
        }

        return any;
    }
}
