using Remedy.Runtime.Engine;
using Remedy.Runtime.Providers;
using Remedy.Runtime.Providers.Notify;
using Remedy.Runtime.Storage;

namespace Remedy.Runtime.Journal;

/// <summary>
/// Undoes a run's mutations in reverse order from the journal alone, so it works the same after a failure and
/// after a crash. Every intent is compensated, including one whose done record is missing: compensations
/// must tolerate a step that never applied. A compensation that keeps failing is journaled and escalated,
/// never dropped.
/// </summary>
internal sealed class Compensator
{
    private readonly IRuntimeStore store;
    private readonly ProviderRegistry providers;
    private readonly ProviderInvoker invoker;
    private readonly NotificationRouter notifications;
    private readonly AuditLog audit;
    private readonly TimeProvider clock;
    private readonly RuntimeOptions options;

    public Compensator(IRuntimeStore store, ProviderRegistry providers, ProviderInvoker invoker, NotificationRouter notifications, AuditLog audit, TimeProvider clock, RuntimeOptions options)
    {
        this.store = store;
        this.providers = providers;
        this.invoker = invoker;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
        this.options = options;
    }

    public async Task<CompensationReport> CompensateAsync(string runId, string playbook, CancellationToken cancellationToken)
    {
        var entries = store.ReadRun(runId);
        var settled = entries
            .Where(e => e.Kind is JournalKind.Compensated or JournalKind.CompensationSkipped && e.IdempotencyKey is not null)
            .Select(e => e.IdempotencyKey!)
            .ToHashSet(StringComparer.Ordinal);
        var intents = entries
            .Where(e => e.Kind == JournalKind.Intent && e.IdempotencyKey is not null && !settled.Contains(e.IdempotencyKey))
            .OrderByDescending(e => e.Sequence)
            .ToArray();

        int compensated = 0, failed = 0, irreversible = 0;
        foreach (var intent in intents)
        {
            var key = intent.IdempotencyKey!;
            if (intent.Compensation is not { } compensation)
            {
                irreversible++;
                Append(intent, JournalKind.CompensationSkipped, $"'{intent.Name}' on '{intent.Target}' is irreversible; nothing to undo");
                continue;
            }

            var (result, attempts) = await TryCompensateAsync(runId, key, compensation, cancellationToken).ConfigureAwait(false);
            if (result.Succeeded)
            {
                compensated++;
                Append(intent, JournalKind.Compensated, $"undid '{intent.Name}' on '{intent.Target}' with {compensation.ProviderId}", result.Value);
                continue;
            }

            failed++;
            var message = $"could not undo '{intent.Name}' on '{intent.Target}' with {compensation.ProviderId} after {attempts} attempt(s): {result.Failure}";
            Append(intent, JournalKind.CompensationFailed, message);
            audit.Record("runtime", "compensation.failed", runId, message);
            var sent = await notifications.SendAsync(
                new Notification(NotificationKind.Escalate, options.EscalationChannel, $"manual action needed: {message}", runId, playbook, clock.GetUtcNow()),
                CancellationToken.None).ConfigureAwait(false);
            if (sent.Failure is { } notSent)
            {
                // The journal and audit still hold it; say loudly that the page did not go out.
                audit.Record("runtime", "escalation.failed", runId, $"escalation of a failed compensation was not delivered: {notSent.Message}");
            }
        }

        return new CompensationReport(compensated, failed, irreversible);
    }

    private async Task<(ProviderResult Result, int Attempts)> TryCompensateAsync(string runId, string key, CompensationCall compensation, CancellationToken cancellationToken)
    {
        if (!providers.TryGet(compensation.ProviderId, out var provider))
        {
            return (ProviderResult.Fail(FailureKind.Denied, $"provider \"{compensation.ProviderId}\" is not registered with this runtime"), 0);
        }

        var call = new ProviderCall(compensation.ProviderId, compensation.Args, "undo:" + key, runId);
        var result = ProviderResult.Fail(FailureKind.Error, "not attempted");
        var attempts = 0;
        while (attempts < Math.Max(1, options.CompensationAttempts) && !cancellationToken.IsCancellationRequested)
        {
            attempts++;
            result = await invoker.ExecuteAsync(provider, call, options.CompensationTimeout, cancellationToken).ConfigureAwait(false);
            if (result.Succeeded || result.Failure?.Kind is FailureKind.BadArgument or FailureKind.Denied)
            {
                break;
            }
        }

        return (result, attempts);
    }

    private void Append(JournalEntry intent, JournalKind kind, string message, Values.RValue? data = null) =>
        store.TryAppend(new JournalEntry
        {
            RunId = intent.RunId,
            Kind = kind,
            At = clock.GetUtcNow(),
            Step = intent.Step,
            Name = intent.Name,
            ProviderId = intent.Compensation?.ProviderId,
            Target = intent.Target,
            IdempotencyKey = intent.IdempotencyKey,
            Data = data ?? Values.RValue.Null,
            Message = message,
        }, out _);
}
