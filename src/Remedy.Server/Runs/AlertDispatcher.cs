using System.Collections.Concurrent;
using Remedy.Runtime.Alerts;
using Remedy.Runtime.Engine;
using Remedy.Runtime.Journal;
using Remedy.Server.Intake;
using Remedy.Server.Metrics;
using Remedy.Server.Playbooks;

namespace Remedy.Server.Runs;

/// <summary>
/// Takes accepted alerts off the queue and runs the playbooks their triggers match, with the real runtime. An
/// incident (playbook, fingerprint, status) is remediated at most once per cooldown. An alert is marked processed
/// only when every run it started has ended, so a stop or crash before that leaves it to be processed on the next
/// start (its cut-short runs are closed by the runtime's recovery first). An alert whose processing fails (the
/// journal or the state file cannot be written) is taken up again after a growing delay, so a passing failure
/// does not leave it waiting for the next start.
/// </summary>
public sealed class AlertDispatcher
{
    /// <summary>Who the server's runs are requested by; this name can never approve them.</summary>
    public const string Requester = "alertmanager";

    private readonly AlertQueue queue;
    private readonly AlertJournal journal;
    private readonly PlaybookCatalog catalog;
    private readonly PlaybookRuntime runtime;
    private readonly ServerMetrics metrics;
    private readonly Deduplicator incidents;
    private readonly TimeProvider clock;
    private readonly TextWriter log;
    private readonly SemaphoreSlim slots;
    private readonly CancellationTokenSource stopTaking = new();
    private readonly CancellationTokenSource cancelRuns = new();
    private readonly ConcurrentDictionary<Task, byte> inFlight = new();
    private readonly ConcurrentDictionary<string, int> failures = new(StringComparer.Ordinal);
    private readonly TimeSpan retryDelay;
    private Task? loop;

    /// <summary>Creates the dispatcher.</summary>
    /// <param name="queue">The queue.</param>
    /// <param name="journal">The alert journal.</param>
    /// <param name="catalog">The running playbooks.</param>
    /// <param name="runtime">The runtime.</param>
    /// <param name="metrics">The metrics.</param>
    /// <param name="incidents">The incident cooldown.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="log">Where problems are said.</param>
    /// <param name="maxConcurrentRuns">How many alerts are worked on at once.</param>
    /// <param name="retryDelay">How long before an alert that could not be processed is taken up again (doubled per failure, up to a minute).</param>
    public AlertDispatcher(AlertQueue queue, AlertJournal journal, PlaybookCatalog catalog, PlaybookRuntime runtime, ServerMetrics metrics, Deduplicator incidents, TimeProvider clock, TextWriter log, int maxConcurrentRuns, TimeSpan retryDelay)
    {
        this.retryDelay = retryDelay;
        this.queue = queue;
        this.journal = journal;
        this.catalog = catalog;
        this.runtime = runtime;
        this.metrics = metrics;
        this.incidents = incidents;
        this.clock = clock;
        this.log = log;
        slots = new SemaphoreSlim(Math.Max(1, maxConcurrentRuns));
    }

    /// <summary>Alerts being worked on.</summary>
    public int InFlight => inFlight.Count;

    /// <summary>Starts taking alerts.</summary>
    public void Start() => loop = Task.Run(TakeLoopAsync);

    /// <summary>
    /// Stops: no new alert is taken; in-flight runs get <paramref name="grace"/> to finish, then are cancelled
    /// (the runtime compensates them and journals the outcome) and awaited.
    /// </summary>
    /// <param name="grace">How long runs may keep going.</param>
    /// <returns>How many runs had to be cancelled.</returns>
    public async Task<int> StopAsync(TimeSpan grace)
    {
        await stopTaking.CancelAsync().ConfigureAwait(false);
        if (loop is not null) await loop.ConfigureAwait(false);
        var running = inFlight.Keys.ToArray();
        var finished = Task.WhenAll(running);
        if (await Task.WhenAny(finished, Task.Delay(grace, clock)).ConfigureAwait(false) == finished) return 0;
        var cancelled = inFlight.Count;
        await cancelRuns.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(inFlight.Keys.ToArray()).ConfigureAwait(false);
        return cancelled;
    }

    private async Task TakeLoopAsync()
    {
        var token = stopTaking.Token;
        while (!token.IsCancellationRequested)
        {
            try
            {
                await slots.WaitAsync(token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            AcceptedAlert alert;
            try
            {
                alert = await queue.DequeueAsync(token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                slots.Release();
                break;
            }

            var work = Task.Run(() => ProcessAsync(alert));
            inFlight[work] = 0;
            _ = work.ContinueWith(done =>
            {
                inFlight.TryRemove(done, out _);
                slots.Release();
            }, TaskScheduler.Default);
        }
    }

    private async Task ProcessAsync(AcceptedAlert alert)
    {
        try
        {
            var matching = TriggerMatcher.Match(alert.Alert, catalog.Current.Playbooks);
            foreach (var problem in matching.Problems) await log.WriteLineAsync($"warning: alert {alert.Id}: {problem}").ConfigureAwait(false);
            var runs = matching.Matches.Select(match => RunAsync(alert, match.Playbook)).ToArray();
            var finished = await Task.WhenAll(runs).ConfigureAwait(false);
            // A run cancelled by the stop undid its work: the alert stays queued and runs again on the next start.
            if (finished.All(done => done)) await journal.MarkProcessedAsync(alert.Id, clock.GetUtcNow()).ConfigureAwait(false);
            failures.TryRemove(alert.Id, out _);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The alert stays unprocessed in the journal (a restart would take it up); until then it is retried here.
            var failed = failures.AddOrUpdate(alert.Id, 1, (_, count) => count + 1);
            var longest = retryDelay > TimeSpan.FromMinutes(1) ? retryDelay : TimeSpan.FromMinutes(1);
            var delay = retryDelay * Math.Pow(2, Math.Min(failed - 1, 16));
            if (delay > longest) delay = longest;
            await log.WriteLineAsync($"error: alert {alert.Id} could not be processed: {e.GetType().Name}: {e.Message}; retrying in {delay.TotalSeconds:0.###} s").ConfigureAwait(false);
            _ = RetryLaterAsync(alert, delay);
        }
    }

    private async Task RetryLaterAsync(AcceptedAlert alert, TimeSpan delay)
    {
        try
        {
            await Task.Delay(delay, clock, stopTaking.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopping: the alert is still unprocessed in the journal, and the next start processes it.
            return;
        }

        // Journaled alerts are never turned away for room, as at start.
        queue.ForceReserve(1);
        queue.Enqueue(alert);
    }

    /// <returns>False when the run was cancelled by the stop (the alert is not done).</returns>
    private async Task<bool> RunAsync(AcceptedAlert alert, LoadedPlaybook playbook)
    {
        var now = clock.GetUtcNow();
        var incident = $"{playbook.Name}|{alert.Key}";
        var runId = $"{now:yyyyMMddTHHmmss}-{Guid.NewGuid():N}"[..26];
        if (!incidents.TryClaim(incident, new DedupEntry(now, runId, Task.CompletedTask), out var previous))
        {
            metrics.IncidentCooldown();
            return true;
        }

        try
        {
            await journal.RecordRunAsync(new IncidentRun(runId, alert.Id, alert.Alert.Name, playbook.Name, incident, alert.ReceivedAt, now)).ConfigureAwait(false);
        }
        catch
        {
            // Nothing ran: give the incident back, or the retry would find it in cooldown and skip it for good.
            incidents.Release(incident, previous);
            throw;
        }

        var result = await runtime.RunAsync(playbook, new RunRequest { RequestedBy = Requester, Input = alert.Alert.Input, RunId = runId }, cancelRuns.Token).ConfigureAwait(false);
        var stopped = result.Outcome == RunOutcome.Cancelled && cancelRuns.IsCancellationRequested;
        if (stopped) incidents.Release(incident, previous);
        metrics.RunEnded(result, clock.GetUtcNow() - alert.ReceivedAt);
        await log.WriteLineAsync($"run {result.RunId} {result.Playbook} on alert {alert.Alert.Name} ({alert.Fingerprint}): {result.Outcome.ToString().ToLowerInvariant()}: {result.Message}").ConfigureAwait(false);
        return !stopped;
    }
}
