using System.Diagnostics.CodeAnalysis;
using Remedy.Runtime.Journal;
using Remedy.Runtime.Manifest;
using Remedy.Runtime.Providers;
using Remedy.Runtime.Providers.Notify;
using Remedy.Runtime.Safety;
using Remedy.Runtime.Storage;
using Remedy.Runtime.Values;

namespace Remedy.Runtime.Engine;

/// <summary>
/// One run's context: the only way generated code touches the world. Every call is checked against the
/// manifest loaded at start (not what the code claims), and every mutation is journaled intent-first.
/// Steps run one at a time (the language has no parallel steps), so per-step state lives in plain fields.
/// </summary>
internal sealed class StepContext : IStepContext
{
    private readonly RuntimeServices services;
    private readonly string requestedBy;
    private readonly MutationMode mode;
    private readonly HashSet<string> runTargets = new(StringComparer.Ordinal);
    private readonly HashSet<string> stepTargets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RValue> kept = new(StringComparer.Ordinal);
    private readonly HashSet<string> approvedSteps = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> keyUses = new(StringComparer.Ordinal);
    private readonly List<PlannedAction> plan = [];
    private readonly List<Learning.ChoiceMade> choices = [];
    private StepManifest? currentStep;
    private RunBudget? currentStepBudget;
    private int mutationInFlight;
    private int attempt;
    private bool inHandlers;

    private RunBudget? runBudget;

    public StepContext(RuntimeServices services, PlaybookManifest manifest, string runId, RunRequest request, AutonomyLevel autonomy)
    {
        this.services = services;
        Manifest = manifest;
        RunId = runId;
        Input = request.Input;
        Autonomy = autonomy;
        requestedBy = request.RequestedBy;
        mode = AutonomyGate.Decide(autonomy, request.DryRun);
        DryRun = request.DryRun;
    }

    public string RunId { get; }

    public PlaybookManifest Manifest { get; }

    public MapValue Input { get; }

    public AutonomyLevel Autonomy { get; }

    public bool PlanOnly => mode == MutationMode.PlanOnly;

    public bool DryRun { get; }

    /// <summary>A refusal or abort that stops the body for good, even if generated code swallowed the unwinding.</summary>
    public RunFailure? Sticky { get; private set; }

    public IReadOnlyList<PlannedAction> Plan => plan;

    public int Mutations { get; private set; }

    public bool Acted { get; private set; }

    /// <summary>The choices the run made, in order, for the learner to be told how they turned out.</summary>
    public IReadOnlyList<Learning.ChoiceMade> Choices => choices;

    /// <summary>Attaches the run's budget so approval waits can suspend it.</summary>
    public void UseBudget(RunBudget budget) => runBudget = budget;

    /// <summary>Switches to the on success / on failure handlers: only queries and notifications from here on.</summary>
    public void EnterHandlers()
    {
        inHandlers = true;
        Sticky = null;
        currentStep = null;
    }

    public async Task<RValue> QueryAsync(string query, MapValue args, CancellationToken cancellationToken)
    {
        ThrowIfStopped();
        if (Manifest.FindQuery(query) is not { } descriptor)
        {
            throw Refuse(new Refusal(GuardKind.Undeclared, $"query '{query}' is not declared in the manifest of '{Manifest.Name}'"));
        }

        return await CallReadOnlyAsync(query, descriptor.ProviderId, descriptor.Timeout, args, cancellationToken).ConfigureAwait(false);
    }

    public async Task StepAsync(string step, Func<CancellationToken, Task> body, CancellationToken cancellationToken)
    {
        ThrowIfStopped();
        if (Manifest.FindStep(step) is not { } manifest)
        {
            throw Refuse(new Refusal(GuardKind.Undeclared, $"step '{step}' is not declared in the manifest of '{Manifest.Name}'"));
        }

        if (inHandlers || currentStep is not null)
        {
            var where = inHandlers ? "an on success / on failure handler" : $"step '{currentStep!.Name}'";
            throw Refuse(new Refusal(GuardKind.Undeclared, $"step '{step}' cannot run inside {where}"));
        }

        for (attempt = 0; ; attempt++)
        {
            currentStep = manifest;
            stepTargets.Clear();
            using var stepBudget = new RunBudget(manifest.Timeout, services.Clock);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, stepBudget.Token);
            currentStepBudget = stepBudget;
            try
            {
                await body(linked.Token).ConfigureAwait(false);
                ThrowIfStopped();
                return;
            }
            catch (Exception e) when (e is OperationCanceledException or PlaybookHaltException
                && stepBudget.IsExpired && !cancellationToken.IsCancellationRequested && Sticky is null)
            {
                // The step's own timeout surfaces as a cancelled call or delay; report it as what it is.
                var failure = new RunFailure(RunOutcome.Failed, $"step '{step}' exceeded its timeout of {manifest.Timeout}", step,
                    ProviderFailure: new ProviderFailure(FailureKind.Timeout, $"step '{step}' timed out"));
                if (attempt >= manifest.Retries)
                {
                    throw new PlaybookHaltException(failure, retryable: false);
                }

                Journal(JournalKind.CallFailed, step, null, null, null, null, RValue.Null, failure.Message + "; retrying");
            }
            catch (PlaybookHaltException halt) when (halt.Retryable && Sticky is null && attempt < manifest.Retries && !cancellationToken.IsCancellationRequested)
            {
                Journal(JournalKind.CallFailed, step, null, null, null, null, RValue.Null,
                    $"attempt {attempt + 1} of step '{step}' failed ({halt.Failure.Message}); retrying in {manifest.Backoff}");
            }
            finally
            {
                currentStep = null;
                currentStepBudget = null;
            }

            if (manifest.Backoff > TimeSpan.Zero && !PlanOnly)
            {
                await Task.Delay(manifest.Backoff, services.Clock, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public TargetSet Targets(IEnumerable<RValue> targets, int population)
    {
        ThrowIfStopped();
        var step = RequireStep("declare targets");
        var items = targets.ToArray();
        var keyed = items.Select(t => new KeyValuePair<string, RValue>(TargetKey.Of(t), t)).ToArray();
        if (services.Governor.CheckTargets(Manifest, step.Name, keyed, population, runTargets, RunId) is { } refusal)
        {
            throw Refuse(refusal, step.Name);
        }

        foreach (var (key, _) in keyed)
        {
            stepTargets.Add(key);
            runTargets.Add(key);
        }

        var keys = keyed.Select(k => k.Key).ToArray();
        var message = items.Length == 0
            ? $"step '{step.Name}' resolved no targets: nothing to do"
            : $"step '{step.Name}' resolved {items.Length} of {Math.Max(population, items.Length)} target(s)";
        Journal(JournalKind.TargetsResolved, step.Name, null, null, null, null, new ListValue(keys.Select(k => (RValue)k)), message);
        return new TargetSet(items, keys, Math.Max(population, items.Length));
    }

    public Task<RValue> InvokeAsync(string action, MapValue args, RValue target, CancellationToken cancellationToken) =>
        InvokeAsync(action, args, target, MapValue.Empty, cancellationToken);

    public async Task<RValue> InvokeAsync(string action, MapValue args, RValue target, MapValue captures, CancellationToken cancellationToken)
    {
        ThrowIfStopped();
        if (Manifest.FindAction(action) is not { } descriptor)
        {
            throw Refuse(new Refusal(GuardKind.Undeclared, $"action '{action}' is not declared in the manifest of '{Manifest.Name}'"));
        }

        if (!descriptor.IsMutation)
        {
            return await CallReadOnlyAsync(action, descriptor.ProviderId, descriptor.Timeout, args, cancellationToken).ConfigureAwait(false);
        }

        if (mode == MutationMode.Refuse)
        {
            throw Refuse(new Refusal(GuardKind.Autonomy,
                $"'{Manifest.Name}' runs at {Autonomy}, which allows queries only; the mutating action '{action}' on '{TargetKey.Of(target)}' was refused"), currentStep?.Name);
        }

        // The language has no parallel statements; mutations racing each other would defeat the blast-radius and journal ordering.
        if (Interlocked.Exchange(ref mutationInFlight, 1) == 1)
        {
            throw Refuse(new Refusal(GuardKind.Undeclared, $"'{action}' was called while another mutation was still running; mutations run one at a time"), currentStep?.Name);
        }

        try
        {
            return await MutateAsync(descriptor, action, args, target, captures, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Volatile.Write(ref mutationInFlight, 0);
        }
    }

    private async Task<RValue> MutateAsync(ActionDescriptor descriptor, string action, MapValue args, RValue target, MapValue captures, CancellationToken cancellationToken)
    {
        var step = RequireStep($"call the mutating action '{action}'");
        if (!step.Actions.Contains(action))
        {
            throw Refuse(new Refusal(GuardKind.Undeclared, $"step '{step.Name}' does not declare action '{action}'"), step.Name);
        }

        var targetKey = TargetKey.Of(target);
        if (!stepTargets.Contains(targetKey))
        {
            throw Refuse(new Refusal(GuardKind.BlastRadius,
                $"'{action}' on '{targetKey}' in step '{step.Name}': the target was not declared with Targets(), so the blast radius was never checked"), step.Name);
        }

        if (mode == MutationMode.PlanOnly)
        {
            return RecordPlanned(step, descriptor, args, targetKey);
        }

        await PassGuardsAsync(step, targetKey, cancellationToken).ConfigureAwait(false);

        var key = NextKey(step.Name, action, targetKey);
        if (services.Store.FindByKey(key, JournalKind.Done) is { } done)
        {
            // Never twice: the journal already holds this mutation's completion.
            return done.Data;
        }

        services.Providers.TryGet(descriptor.ProviderId, out var provider);
        var call = new ProviderCall(descriptor.ProviderId, args, key, RunId);
        var captured = args.Merge(captures);
        if (provider is ICapturingProvider capturing)
        {
            var snapshot = await services.Invoker.CaptureAsync(capturing, call, descriptor.Timeout, cancellationToken).ConfigureAwait(false);
            if (snapshot.Failure is { } captureFailure)
            {
                throw Fail(step.Name, action, descriptor.ProviderId, targetKey, key, captureFailure, "capture before");
            }

            if (snapshot.Value is MapValue state)
            {
                captured = captured.Merge(state);
            }
        }

        var compensation = BuildCompensation(descriptor, captured, step.Name, targetKey);
        if (!Acted)
        {
            Acted = true;
            services.Store.MarkActed(RunId);
        }

        var intent = new JournalEntry
        {
            RunId = RunId,
            Kind = JournalKind.Intent,
            At = services.Clock.GetUtcNow(),
            Step = step.Name,
            Name = action,
            ProviderId = descriptor.ProviderId,
            Target = targetKey,
            IdempotencyKey = key,
            Data = captured,
            Compensation = compensation,
            Message = compensation is null ? $"irreversible: {descriptor.IrreversibleReason}" : string.Empty,
        };
        if (!services.Store.TryAppend(intent, out _))
        {
            throw Refuse(new Refusal(GuardKind.Duplicate, $"a mutation with idempotency key '{key}' was already journaled; it will not run twice"), step.Name);
        }

        var result = await services.Invoker.ExecuteAsync(provider!, call, descriptor.Timeout, cancellationToken).ConfigureAwait(false);
        if (result.Failure is { } failure)
        {
            throw Fail(step.Name, action, descriptor.ProviderId, targetKey, key, failure, "call to");
        }

        Journal(JournalKind.Done, step.Name, action, descriptor.ProviderId, targetKey, key, result.Value, string.Empty);
        services.Store.RecordTargetMutation(targetKey, Manifest.Name, RunId, services.Clock.GetUtcNow());
        Mutations++;
        return result.Value;
    }

    public async Task VerifyAsync(string name, Func<CancellationToken, Task<bool>> condition, TimeSpan within, TimeSpan every, CancellationToken cancellationToken)
    {
        ThrowIfStopped();
        if (PlanOnly)
        {
            Journal(JournalKind.VerifyResult, null, name, null, null, null, RValue.Null, $"verify '{name}' not evaluated: nothing was done");
            return;
        }

        var started = services.Clock.GetUtcNow();
        var interval = every > TimeSpan.Zero ? every : TimeSpan.FromSeconds(1);
        var lastProblem = "the condition was false";
        while (true)
        {
            bool holds;
            try
            {
                holds = await condition(cancellationToken).ConfigureAwait(false);
            }
            catch (PlaybookHaltException halt) when (halt.Retryable && Sticky is null)
            {
                holds = false;
                lastProblem = halt.Failure.Message;
            }

            ThrowIfStopped();
            var elapsed = services.Clock.GetUtcNow() - started;
            if (holds)
            {
                Journal(JournalKind.VerifyResult, null, name, null, null, null, BoolValue.Of(true), $"verify '{name}' held after {elapsed}");
                return;
            }

            if (elapsed + interval > within)
            {
                var message = $"verify '{name}' did not hold within {within} ({lastProblem})";
                Journal(JournalKind.VerifyResult, null, name, null, null, null, BoolValue.Of(false), message);
                throw new PlaybookHaltException(new RunFailure(RunOutcome.Failed, message), retryable: false);
            }

            await Task.Delay(interval, services.Clock, cancellationToken).ConfigureAwait(false);
        }
    }

    public void Keep(string name, RValue value) => kept[name] = value;

    /// <inheritdoc />
    public RValue Kept(string name) => kept.GetValueOrDefault(name) ?? RValue.Null;

    /// <inheritdoc />
    public string Choose(string decision, IReadOnlyList<RValue> features)
    {
        ThrowIfStopped();
        if (Manifest.FindChoice(decision) is not { } choice || choice.Options.Count == 0)
        {
            throw Refuse(new Refusal(GuardKind.Undeclared, $"choice '{decision}' is not declared (with options) in the manifest of '{Manifest.Name}'"));
        }

        string picked;
        try
        {
            picked = services.Selector.Select(Manifest.Name, choice, features);
        }
        catch (Exception e)
        {
            picked = string.Empty;
            services.Audit.Record("runtime", "choice.selector_failed", RunId, $"the selector for '{decision}' threw {e.GetType().Name}: {e.Message}");
        }

        if (!choice.Options.Contains(picked))
        {
            // The learner may only choose among verified options; anything else falls back to the fixed choice.
            var fallback = choice.FixedOption ?? choice.Options[0];
            services.Audit.Record("runtime", "choice.rejected", RunId, $"the selector picked '{picked}' for '{decision}', which is not a verified option; using '{fallback}'");
            picked = fallback;
        }

        Journal(JournalKind.Chosen, null, decision, null, null, null, new ListValue(features), $"chose '{picked}' by {choice.Policy}");
        choices.Add(new Learning.ChoiceMade(decision, picked, features));
        return picked;
    }

    public Task NotifyAsync(string channel, string text, CancellationToken cancellationToken) =>
        SendAsync(NotificationKind.Notify, channel, text, cancellationToken);

    public Task EscalateAsync(string channel, string text, CancellationToken cancellationToken) =>
        SendAsync(NotificationKind.Escalate, channel, text, cancellationToken);

    public Task WaitAsync(TimeSpan duration, CancellationToken cancellationToken)
    {
        ThrowIfStopped();
        return PlanOnly || duration <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(duration, services.Clock, cancellationToken);
    }

    public void Require(bool condition, string message)
    {
        if (!condition)
        {
            Abort(message);
        }
    }

    [DoesNotReturn]
    public void Abort(string message)
    {
        var failure = new RunFailure(RunOutcome.Aborted, $"aborted: {message}", currentStep?.Name);
        Sticky ??= failure;
        Journal(JournalKind.Refused, currentStep?.Name, null, null, null, null, RValue.Null, failure.Message);
        throw new PlaybookHaltException(Sticky, retryable: false);
    }

    private async Task SendAsync(NotificationKind kind, string channel, string text, CancellationToken cancellationToken)
    {
        ThrowIfStopped();
        var verb = kind == NotificationKind.Escalate ? "escalate" : "notify";
        if (DryRun)
        {
            Journal(JournalKind.Notified, currentStep?.Name, verb, null, channel, null, text, $"would {verb} #{channel}: {text}");
            return;
        }

        var result = await services.Notifications.SendAsync(
            new Notification(kind, channel, text, RunId, Manifest.Name, services.Clock.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        var outcome = result.Failure is { } failure ? $"{verb} #{channel} failed: {failure.Message}" : $"{verb} #{channel}: {text}";
        Journal(JournalKind.Notified, currentStep?.Name, verb, null, channel, null, text, outcome);
        if (result.Failure is not null && kind == NotificationKind.Escalate)
        {
            services.Audit.Record("runtime", "escalation.failed", RunId, outcome);
        }
    }

    private async Task<RValue> CallReadOnlyAsync(string name, string providerId, TimeSpan timeout, MapValue args, CancellationToken cancellationToken)
    {
        services.Providers.TryGet(providerId, out var provider);
        var result = await services.Invoker.ExecuteAsync(provider!, new ProviderCall(providerId, args, null, RunId), timeout, cancellationToken).ConfigureAwait(false);
        if (result.Failure is { } failure)
        {
            throw Fail(currentStep?.Name, name, providerId, null, null, failure, "query");
        }

        return result.Value;
    }

    private async Task PassGuardsAsync(StepManifest step, string targetKey, CancellationToken cancellationToken)
    {
        if (services.Governor.CheckMutation(Manifest, RunId, targetKey) is { } refusal)
        {
            throw Refuse(refusal, step.Name);
        }

        if (mode == MutationMode.ActAfterApproval && !approvedSteps.Contains(step.Name))
        {
            // Waiting for a human does not use up the run's or the step's timeout; the approval's expiry bounds it.
            runBudget?.Suspend();
            currentStepBudget?.Suspend();
            Refusal? denied;
            try
            {
                denied = await services.Approvals.AwaitAsync(Manifest, step, RunId, requestedBy, stepTargets, services.Options.Progress, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                runBudget?.Resume();
                currentStepBudget?.Resume();
            }

            if (denied is not null)
            {
                throw Refuse(denied, step.Name);
            }

            approvedSteps.Add(step.Name);
            services.Options.Progress?.Report(new RunProgress(RunId, null, $"step '{step.Name}' approved", services.Clock.GetUtcNow()));

            // Time passed while waiting: a pause, a breaker trip or another run's change may have happened since.
            if (services.Governor.CheckMutation(Manifest, RunId, targetKey) is { } late)
            {
                throw Refuse(late, step.Name);
            }
        }

        if (services.Governor.TakeRateSlot(Manifest, RunId) is { } limited)
        {
            throw Refuse(limited, step.Name);
        }
    }

    private RValue RecordPlanned(StepManifest step, ActionDescriptor descriptor, MapValue args, string targetKey)
    {
        var rollback = descriptor.Rollback is { } r
            ? $"{r.ProviderId}({string.Join(", ", r.Arguments.Select(a => a.Parameter == a.Source ? a.Source : $"{a.Parameter}: {a.Source}"))})"
            : $"irreversible: {descriptor.IrreversibleReason}";
        var gate = Manifest.Autonomy switch
        {
            AutonomyLevel.Suggest => "suggest only: a human performs it",
            AutonomyLevel.Supervised => $"approval by {Manifest.Approvers} person(s) other than {requestedBy}",
            _ => "guards only (autonomous)",
        };
        plan.Add(new PlannedAction(step.Name, descriptor.Name, descriptor.ProviderId, targetKey, args, rollback, gate));
        Journal(JournalKind.Planned, step.Name, descriptor.Name, descriptor.ProviderId, targetKey, null, args, $"would {descriptor.Name} '{targetKey}'; rollback {rollback}; gate: {gate}");
        return RValue.Null;
    }

    private CompensationCall? BuildCompensation(ActionDescriptor descriptor, MapValue captured, string step, string targetKey)
    {
        if (descriptor.Rollback is not { } rollback)
        {
            return null;
        }

        var args = new List<KeyValuePair<string, RValue>>();
        foreach (var argument in rollback.Arguments)
        {
            if (captured.Get(argument.Source) is not { } value)
            {
                throw Refuse(new Refusal(GuardKind.Rollback,
                    $"the rollback of '{descriptor.Name}' on '{targetKey}' needs '{argument.Source}', which was not captured; the action was not attempted"), step);
            }

            args.Add(new(argument.Parameter, value));
        }

        return new CompensationCall(rollback.ProviderId, new MapValue(args));
    }

    private string NextKey(string step, string action, string target)
    {
        var baseKey = $"{RunId}/{step}/{action}/{target}/{attempt}";
        var uses = keyUses.GetValueOrDefault(baseKey);
        keyUses[baseKey] = uses + 1;
        return uses == 0 ? baseKey : $"{baseKey}#{uses}";
    }

    private StepManifest RequireStep(string what)
    {
        if (inHandlers)
        {
            throw Refuse(new Refusal(GuardKind.Undeclared, $"cannot {what} in an on success / on failure handler; only queries, notify and escalate are allowed there"));
        }

        if (currentStep is null)
        {
            throw Refuse(new Refusal(GuardKind.Undeclared, $"cannot {what} outside a step"));
        }

        return currentStep;
    }

    private void ThrowIfStopped()
    {
        if (Sticky is not null)
        {
            throw new PlaybookHaltException(Sticky, retryable: false);
        }
    }

    private PlaybookHaltException Fail(string? step, string name, string providerId, string? target, string? key, ProviderFailure failure, string what)
    {
        var message = $"{what} '{name}' ({providerId}){(target is null ? string.Empty : $" on '{target}'")} failed: {failure}";
        Journal(JournalKind.CallFailed, step, name, providerId, target, key, RValue.Null, message);
        return new PlaybookHaltException(new RunFailure(RunOutcome.Failed, message, step, ProviderFailure: failure), retryable: true);
    }

    private PlaybookHaltException Refuse(Refusal refusal, string? step = null)
    {
        var failure = new RunFailure(RunOutcome.Refused, refusal.Message, step, refusal);
        Sticky ??= failure;
        Journal(JournalKind.Refused, step, refusal.Guard.ToString(), null, null, null, RValue.Null, refusal.Message);
        services.Audit.Record("runtime", $"refused.{refusal.Guard}", RunId, refusal.Message);
        return new PlaybookHaltException(Sticky, retryable: false);
    }

    private void Journal(JournalKind kind, string? step, string? name, string? providerId, string? target, string? key, RValue data, string message)
    {
        var entry = new JournalEntry
        {
            RunId = RunId,
            Kind = kind,
            At = services.Clock.GetUtcNow(),
            Step = step,
            Name = name,
            ProviderId = providerId,
            Target = target,
            IdempotencyKey = key,
            Data = data,
            Message = message,
        };
        services.Store.TryAppend(entry, out _);
        services.Options.Progress?.Report(new RunProgress(RunId, kind, Describe(entry), entry.At));
    }

    private static string Describe(JournalEntry entry) => entry.Message.Length > 0
        ? entry.Message
        : $"{entry.Kind} {entry.Name} on '{entry.Target}'";
}
