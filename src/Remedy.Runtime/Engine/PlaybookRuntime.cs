using System.Collections.Concurrent;
using Remedy.Runtime.Journal;
using Remedy.Runtime.Manifest;
using Remedy.Runtime.Providers;
using Remedy.Runtime.Providers.Notify;
using Remedy.Runtime.Safety;
using Remedy.Runtime.Storage;

namespace Remedy.Runtime.Engine;

/// <summary>
/// The runtime: loads compiled playbooks (re-checking their manifests), runs them under the safety governor with
/// every mutation journaled, compensates failures, and recovers runs a crash left open. Use one instance per
/// process and store; every method reports problems as results, never as exceptions.
/// </summary>
public sealed class PlaybookRuntime
{
    private readonly RuntimeServices services;
    private readonly Compensator compensator;
    // The manifest each run in this process executes: a reload may replace the playbook while a run of the old version is open.
    private readonly ConcurrentDictionary<string, PlaybookManifest> activeRuns = new(StringComparer.Ordinal);
    private readonly string owner = ProcessIdentity.Current();

    /// <summary>Creates a runtime.</summary>
    /// <param name="store">Where journal, audit and guard state live (SQLite by default; in memory for tests).</param>
    /// <param name="providers">The providers playbooks may use.</param>
    /// <param name="clock">The clock (inject a manual one in tests); the system clock when null.</param>
    /// <param name="notifications">Where notify/escalate go; nowhere but the journal when null.</param>
    /// <param name="options">Settings; defaults when null.</param>
    /// <param name="selector">Picks <c>choose</c> options; the fixed/first option when null.</param>
    public PlaybookRuntime(
        IRuntimeStore store,
        ProviderRegistry providers,
        TimeProvider? clock = null,
        NotificationRouter? notifications = null,
        RuntimeOptions? options = null,
        IRemedySelector? selector = null)
    {
        clock ??= TimeProvider.System;
        options ??= new RuntimeOptions();
        notifications ??= new NotificationRouter([]);
        var audit = new AuditLog(store, clock);
        var invoker = new ProviderInvoker(clock);
        services = new RuntimeServices(
            store,
            providers,
            invoker,
            new SafetyGovernor(store, audit, clock),
            new ApprovalGate(store, audit, clock, options.ApprovalTtl, options.ApprovalPollInterval),
            notifications,
            selector ?? new FixedSelector(),
            audit,
            clock,
            options);
        compensator = new Compensator(store, providers, invoker, notifications, audit, clock, options);
        Audit = audit;
        Approvals = new ApprovalService(store, audit, clock);
        KillSwitch = new KillSwitch(store, audit, clock);
    }

    /// <summary>The audit log (append and verify).</summary>
    public AuditLog Audit { get; }

    /// <summary>Approvals: list, approve, deny.</summary>
    public ApprovalService Approvals { get; }

    /// <summary>The global kill switch.</summary>
    public KillSwitch KillSwitch { get; }

    /// <summary>
    /// Loads a playbook: reads its manifest once and re-checks it (safety rules, unknown provider ids).
    /// Only a loaded playbook can be run.
    /// </summary>
    /// <param name="playbook">The compiled playbook.</param>
    /// <returns>The loaded playbook, or every reason it was rejected.</returns>
    public LoadResult Load(CompiledPlaybook playbook)
    {
        PlaybookManifest manifest;
        try
        {
            manifest = playbook.Manifest;
        }
        catch (Exception e)
        {
            return new LoadResult(null, [$"{playbook.GetType().Name}: reading the manifest threw {e.GetType().Name}: {e.Message}"]);
        }

        if (manifest is null)
        {
            return new LoadResult(null, [$"{playbook.GetType().Name}: the playbook has no manifest"]);
        }

        var errors = ManifestValidator.Validate(manifest, services.Providers);
        return errors.Count == 0 ? new LoadResult(new LoadedPlaybook(playbook, manifest), []) : new LoadResult(null, errors);
    }

    /// <summary>
    /// Loads the playbooks of a compiled assembly: the image is checked against <see cref="ApiAllowlist"/>
    /// before any of its code is loaded, then every <see cref="CompiledPlaybook"/> in it is instantiated and
    /// loaded like <see cref="Load"/>.
    /// </summary>
    /// <param name="path">The assembly file.</param>
    /// <returns>The playbooks, or every reason the assembly or a playbook was rejected.</returns>
    public AssemblyLoadResult LoadAssembly(string path)
    {
        byte[] image;
        try
        {
            image = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return new AssemblyLoadResult([], [$"cannot read playbook assembly '{path}': {e.Message}"]);
        }

        return LoadAssembly(image, Path.GetFileName(path));
    }

    /// <summary>Loads the playbooks of a compiled assembly image (see <see cref="LoadAssembly(string)"/>).</summary>
    /// <param name="image">The assembly's bytes.</param>
    /// <param name="name">A name for messages (the file name).</param>
    /// <returns>The playbooks, or every reason the assembly or a playbook was rejected.</returns>
    public AssemblyLoadResult LoadAssembly(byte[] image, string name)
    {
        var violations = ApiAllowlist.Check([.. image]);
        if (violations.Count > 0)
        {
            return new AssemblyLoadResult([], violations.Select(v => $"{name} was rejected: {v}").ToArray());
        }

        System.Reflection.Assembly assembly;
        Type[] types;
        try
        {
            using var stream = new MemoryStream(image);
            assembly = new PlaybookLoadContext(name).LoadFromStream(stream);
            types = assembly.GetTypes();
        }
        catch (Exception e) when (e is BadImageFormatException or FileLoadException or System.Reflection.ReflectionTypeLoadException or TypeLoadException)
        {
            return new AssemblyLoadResult([], [$"{name} could not be loaded: {e.Message}"]);
        }

        var playbooks = new List<LoadedPlaybook>();
        var errors = new List<string>();
        foreach (var type in types.Where(t => t.IsSubclassOf(typeof(CompiledPlaybook)) && !t.IsAbstract))
        {
            if (type.GetConstructor(Type.EmptyTypes) is not { } constructor)
            {
                errors.Add($"{name}: {type.FullName} has no public parameterless constructor");
                continue;
            }

            CompiledPlaybook instance;
            try
            {
                instance = (CompiledPlaybook)constructor.Invoke(null);
            }
            catch (System.Reflection.TargetInvocationException e)
            {
                errors.Add($"{name}: creating {type.FullName} threw {e.InnerException?.GetType().Name}: {e.InnerException?.Message}");
                continue;
            }

            var loaded = Load(instance);
            if (loaded.Succeeded)
            {
                playbooks.Add(loaded.Playbook);
            }
            else
            {
                errors.AddRange(loaded.Errors.Select(error => $"{name}: {error}"));
            }
        }

        if (playbooks.Count == 0 && errors.Count == 0)
        {
            errors.Add($"{name} contains no compiled playbook");
        }

        return new AssemblyLoadResult(playbooks, errors);
    }

    /// <summary>Runs a loaded playbook to the end: success, plan, refusal or failure (compensated).</summary>
    /// <param name="playbook">The loaded playbook.</param>
    /// <param name="request">Who asks, the trigger input, dry run.</param>
    /// <param name="cancellationToken">Cancels the run; its mutations are then compensated.</param>
    /// <returns>The result.</returns>
    public async Task<RunResult> RunAsync(LoadedPlaybook playbook, RunRequest request, CancellationToken cancellationToken = default)
    {
        var runId = request.RunId ?? NewRunId();
        try
        {
            return await RunCoreAsync(playbook, request with { RunId = runId }, cancellationToken).ConfigureAwait(false);
        }
        catch (StoreException e)
        {
            // Without its journal the runtime cannot act safely; the run stays open and the next recovery settles it.
            var message = $"{playbook.Name} stopped: {e.Message}; the run is left open and 'remedy recover' will compensate it once the store is usable";
            return new RunResult(runId, playbook.Name, RunOutcome.Failed, message, playbook.Manifest.Autonomy,
                new RunFailure(RunOutcome.Failed, message), [], 0);
        }
    }

    private async Task<RunResult> RunCoreAsync(LoadedPlaybook playbook, RunRequest request, CancellationToken cancellationToken)
    {
        var manifest = playbook.Manifest;
        var clock = services.Clock;
        var runId = request.RunId!;
        var autonomy = services.Governor.EffectiveAutonomy(manifest);
        AuditAutonomyChange(manifest, autonomy, runId);
        if (!services.Store.TryStartRun(new RunRecord(runId, manifest.Name, request.RequestedBy, request.DryRun, clock.GetUtcNow(), Owner: owner)))
        {
            var refusal = new Refusal(GuardKind.Duplicate, $"run id '{runId}' is already used; a run is never started twice");
            Audit.Record("runtime", $"refused.{refusal.Guard}", runId, refusal.Message);
            return new RunResult(runId, manifest.Name, RunOutcome.Refused, refusal.Message, autonomy, new RunFailure(RunOutcome.Refused, refusal.Message, Refusal: refusal), [], 0);
        }

        activeRuns[runId] = manifest;
        var startedAt = clock.GetUtcNow();
        try
        {
            var context = new StepContext(services, manifest, runId, request, autonomy);
            var failure = await ExecuteBodyAsync(playbook.Playbook, context, manifest.Timeout, cancellationToken).ConfigureAwait(false);
            string message;
            if (failure is null)
            {
                context.EnterHandlers();
                await RunHandlerAsync(ct => playbook.Playbook.OnSuccessAsync(context, ct), runId, "on success").ConfigureAwait(false);
                message = context.PlanOnly
                    ? $"{manifest.Name} planned {context.Plan.Count} mutation(s) and performed none ({(request.DryRun ? "dry run" : autonomy.ToString())})"
                    : $"{manifest.Name} succeeded with {context.Mutations} mutation(s)";
            }
            else
            {
                var report = await compensator.CompensateAsync(runId, manifest.Name, CancellationToken.None).ConfigureAwait(false);
                failure = failure with { Compensation = report };
                if (context.Acted && failure.Outcome is RunOutcome.Failed or RunOutcome.TimedOut)
                {
                    services.Governor.RecordFailure(manifest, runId);
                }

                context.EnterHandlers();
                var handled = failure;
                await RunHandlerAsync(ct => playbook.Playbook.OnFailureAsync(context, handled, ct), runId, "on failure").ConfigureAwait(false);
                message = $"{manifest.Name} {failure.Outcome.ToString().ToLowerInvariant()}: {failure.Message}" +
                    (context.Acted ? $"; {report}" : string.Empty);
            }

            var outcome = failure?.Outcome ?? (context.PlanOnly ? RunOutcome.Planned : RunOutcome.Succeeded);
            services.Store.TryEndRun(runId, outcome, clock.GetUtcNow(), message);
            TeachSelector(manifest, context, request, outcome, failure, startedAt, autonomy);
            if (failure is not null || context.Acted)
            {
                Audit.Record("runtime", $"run.{outcome.ToString().ToLowerInvariant()}", runId, message);
            }

            return new RunResult(runId, manifest.Name, outcome, message, autonomy, failure, context.Plan, context.Mutations);
        }
        finally
        {
            activeRuns.TryRemove(runId, out _);
        }
    }

    /// <summary>
    /// Writes every change of a playbook's effective autonomy (a promotion earned on its record, or a
    /// demotion after a breaker trip) to the audit log, with the evidence, the first time a run sees it.
    /// </summary>
    private void AuditAutonomyChange(PlaybookManifest manifest, AutonomyLevel autonomy, string runId)
    {
        var key = "autonomy:" + manifest.Name;
        var stored = services.Store.GetLearningState(key);
        var previous = stored is not null && Enum.TryParse<AutonomyLevel>(stored, out var level) ? level : manifest.Autonomy;
        if (stored == autonomy.ToString()) return;
        services.Store.PutLearningState(key, autonomy.ToString());
        if (previous == autonomy) return;
        var since = services.Store.GetBreakerTrip(manifest.Name) ?? DateTimeOffset.UnixEpoch;
        var (runs, successes) = services.Store.CountOutcomes(manifest.Name, since);
        var evidence = manifest.Promotion is { } rule
            ? $"; {successes} of {runs} acting runs succeeded since the last breaker trip, Wilson lower bound {AutonomyPromotion.WilsonLowerBound(successes, runs):0.###} against {rule.MinSuccessRate:0.###} after at least {rule.AfterRuns} runs"
            : string.Empty;
        Audit.Record("runtime", autonomy > previous ? "autonomy.promoted" : "autonomy.demoted", runId,
            $"{manifest.Name} now runs {autonomy} (was {previous}){evidence}");
    }

    /// <summary>
    /// Tells the selector how each choice of the run turned out. Runs whose remedy was really tried teach:
    /// a success, or a failure (or abort) after acting. So does a refusal by the blast radius or the scope,
    /// which is the option's own doing (its targets can never be acted on), so the learner stops choosing
    /// it. Other refusals (breaker, rate limit, kill switch, approvals), plans and cancellations say nothing
    /// about the remedy, and must not count against it.
    /// </summary>
    private void TeachSelector(PlaybookManifest manifest, StepContext context, RunRequest request, RunOutcome outcome, RunFailure? failure, DateTimeOffset startedAt, AutonomyLevel autonomy)
    {
        if (context.Choices.Count == 0 || request.DryRun) return;
        var refusedForItsTargets = outcome == RunOutcome.Refused && failure?.Refusal?.Guard is GuardKind.BlastRadius or GuardKind.Scope;
        var tried = outcome == RunOutcome.Succeeded || refusedForItsTargets ||
            (context.Acted && outcome is RunOutcome.Failed or RunOutcome.TimedOut or RunOutcome.Aborted);
        if (!tried) return;
        var success = outcome == RunOutcome.Succeeded;
        var humanActed = !success || (autonomy == AutonomyLevel.Supervised && context.Acted);
        var timeToRecover = services.Clock.GetUtcNow() - startedAt;
        foreach (var made in context.Choices)
        {
            if (manifest.FindChoice(made.Decision) is not { } choice) continue;
            try
            {
                services.Selector.Learn(new Learning.ChoiceOutcome(context.RunId, manifest.Name, choice, made.Option, made.Features, success, timeToRecover, humanActed));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Learning is advisory: a broken learner must never fail a run that already ended.
                Audit.Record("runtime", "learning.failed", context.RunId, $"the selector could not learn from '{made.Decision}': {e.GetType().Name}: {e.Message}");
            }
        }
    }

    /// <summary>
    /// Finds runs left open by a crash and closes them: their mutations are compensated in reverse order from
    /// the journal (compensations tolerate mutations that never applied), or, when nothing is left to undo,
    /// the run is simply closed. Runs still executing in this runtime or in another live process are left alone.
    /// </summary>
    /// <param name="cancellationToken">Stops recovery between compensations.</param>
    /// <returns>What was recovered.</returns>
    public async Task<RecoveryReport> RecoverAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            return await RecoverCoreAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (StoreException e)
        {
            return new RecoveryReport(0, 0, CompensationReport.None, [], $"recovery stopped: {e.Message}");
        }
    }

    private async Task<RecoveryReport> RecoverCoreAsync(CancellationToken cancellationToken)
    {
        int recovered = 0, skipped = 0, compensated = 0, failed = 0, irreversible = 0;
        var messages = new List<string>();
        foreach (var run in services.Store.ListRuns(openOnly: true, int.MaxValue))
        {
            if (cancellationToken.IsCancellationRequested)
            {
                break;
            }

            if (activeRuns.ContainsKey(run.RunId) || ProcessIdentity.IsOtherLiveProcess(run.Owner, owner))
            {
                skipped++;
                messages.Add($"run {run.RunId} ({run.Playbook}) is still running in {run.Owner}; left alone");
                continue;
            }

            var report = await compensator.CompensateAsync(run.RunId, run.Playbook, cancellationToken).ConfigureAwait(false);
            compensated += report.Compensated;
            failed += report.Failed;
            irreversible += report.Irreversible;
            if (run.Acted)
            {
                // A run cut short by a crash is a failed remediation as far as the breaker is concerned.
                services.Store.RecordFailure(run.Playbook, run.RunId, services.Clock.GetUtcNow());
            }

            var message = $"run {run.RunId} ({run.Playbook}) was left open by a crash; recovery: {report}";
            if (services.Store.TryEndRun(run.RunId, RunOutcome.Recovered, services.Clock.GetUtcNow(), message))
            {
                recovered++;
                messages.Add(message);
                Audit.Record("runtime", "run.recovered", run.RunId, message);
            }
        }

        return new RecoveryReport(recovered, skipped, new CompensationReport(compensated, failed, irreversible), messages);
    }

    /// <summary>Recorded runs, newest first (what <c>remedy history</c> lists).</summary>
    /// <param name="openOnly">Only runs that have not ended.</param>
    /// <param name="limit">The most to return.</param>
    /// <returns>The runs.</returns>
    public IReadOnlyList<RunRecord> Runs(bool openOnly = false, int limit = 50) => services.Store.ListRuns(openOnly, limit);

    /// <summary>
    /// The manifest a run still going in this process executes (the version it started with, whatever was loaded
    /// since), or null when no such run is going here.
    /// </summary>
    /// <param name="runId">The run.</param>
    /// <returns>Its manifest.</returns>
    public PlaybookManifest? RunningManifest(string runId) => activeRuns.GetValueOrDefault(runId);

    /// <summary>A run's journal, in order.</summary>
    /// <param name="runId">The run.</param>
    /// <returns>Its entries.</returns>
    public IReadOnlyList<JournalEntry> History(string runId) => services.Store.ReadRun(runId);

    private async Task<RunFailure?> ExecuteBodyAsync(CompiledPlaybook playbook, StepContext context, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var budget = new RunBudget(timeout, services.Clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);
        context.UseBudget(budget);
        RunFailure? failure;
        try
        {
            await playbook.ExecuteAsync(context, linked.Token).ConfigureAwait(false);
            failure = context.Sticky;
        }
        catch (PlaybookHaltException halt)
        {
            failure = context.Sticky ?? halt.Failure;
        }
        catch (OperationCanceledException)
        {
            failure = context.Sticky;
        }
        catch (Exception e)
        {
            failure = context.Sticky ?? new RunFailure(RunOutcome.Failed, $"the playbook code threw {e.GetType().Name}: {e.Message}");
        }

        // A cancelled or timed-out run surfaces in many shapes (a cancelled provider, a cancelled delay); the cause decides the outcome.
        if (context.Sticky is null && (cancellationToken.IsCancellationRequested || budget.IsExpired))
        {
            failure = cancellationToken.IsCancellationRequested
                ? new RunFailure(RunOutcome.Cancelled, "the run was cancelled", failure?.Step)
                : new RunFailure(RunOutcome.TimedOut, $"the run exceeded its timeout of {timeout}", failure?.Step);
        }

        return failure;
    }

    private async Task RunHandlerAsync(Func<CancellationToken, Task> handler, string runId, string which)
    {
        using var budget = new CancellationTokenSource(services.Options.HandlerTimeout, services.Clock);
        try
        {
            await handler(budget.Token).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            // A handler cannot change the outcome; what went wrong in it is still recorded.
            var why = e is PlaybookHaltException halt ? halt.Failure.Message : $"{e.GetType().Name}: {e.Message}";
            Audit.Record("runtime", "handler.failed", runId, $"the {which} handler stopped: {why}");
        }
    }

    private string NewRunId() =>
        $"{services.Clock.GetUtcNow():yyyyMMddTHHmmss}-{Guid.NewGuid().ToString("N")[..10]}";
}
