using Prometheus;
using Remedy.Runtime.Engine;
using Remedy.Runtime.Journal;
using Remedy.Runtime.Manifest;
using Remedy.Server.Hosting;

namespace Remedy.Server.Metrics;

/// <summary>
/// The server's Prometheus metrics, all prefixed <c>remedy_</c>, in a registry this instance owns (no process-wide
/// state). Counters are bumped where things happen; gauges that describe state (pending approvals, autonomy,
/// queue depth) are computed at each scrape so they can never drift from the store.
/// </summary>
public sealed class ServerMetrics
{
    private readonly Counter received;
    private readonly Counter deduplicated;
    private readonly Counter rejected;
    private readonly Counter runs;
    private readonly Counter refusals;
    private readonly Counter reloads;
    private readonly Gauge pending;
    private readonly Gauge autonomy;
    private readonly Gauge queueDepth;
    private readonly Histogram timeToRecover;
    private readonly Histogram intakeLatency;

    /// <summary>Creates the metrics in a new registry.</summary>
    public ServerMetrics()
    {
        Registry = Prometheus.Metrics.NewCustomRegistry();
        var factory = Prometheus.Metrics.WithCustomRegistry(Registry);
        received = factory.CreateCounter("remedy_alerts_received_total", "Alerts received in valid webhook payloads, by status.", "status");
        deduplicated = factory.CreateCounter("remedy_alerts_deduplicated_total", "Alerts folded into an alert with the same fingerprint and status accepted within the dedup window.");
        rejected = factory.CreateCounter("remedy_alerts_rejected_total", "Webhook requests refused, by reason.", "reason");
        runs = factory.CreateCounter("remedy_runs_total", "Runs the server started that ended, by outcome.", "outcome");
        refusals = factory.CreateCounter("remedy_guard_refusals_total", "Runs refused by a guard, by guard kind (incident_cooldown: the server's own per-incident cooldown).", "kind");
        reloads = factory.CreateCounter("remedy_playbook_reloads_total", "Playbook (re)loads, by result.", "result");
        pending = factory.CreateGauge("remedy_approvals_pending", "Approval requests waiting for a decision.");
        autonomy = factory.CreateGauge("remedy_playbook_autonomy_level", "Each playbook's effective autonomy: 0 observe_only, 1 suggest, 2 supervised, 3 autonomous.", "playbook");
        queueDepth = factory.CreateGauge("remedy_alert_queue_depth", "Accepted alerts waiting for a worker.");
        timeToRecover = factory.CreateHistogram("remedy_time_to_recover_seconds", "From an alert's arrival to the end of the successful run it started.",
            new HistogramConfiguration { Buckets = [1, 5, 15, 30, 60, 120, 300, 600, 1800, 3600] });
        intakeLatency = factory.CreateHistogram("remedy_alert_intake_seconds", "Time to journal and acknowledge a webhook request.",
            new HistogramConfiguration { Buckets = [0.001, 0.0025, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 1] });
    }

    /// <summary>The registry (what <c>/metrics</c> exports).</summary>
    public CollectorRegistry Registry { get; }

    /// <summary>Counts an alert received.</summary>
    /// <param name="status">firing or resolved.</param>
    public void Received(string status) => received.WithLabels(status).Inc();

    /// <summary>Counts a duplicate alert.</summary>
    public void Deduplicated() => deduplicated.Inc();

    /// <summary>Counts a refused webhook request.</summary>
    /// <param name="reason">E.g. <c>malformed_json</c>, <c>queue_full</c>.</param>
    public void Rejected(string reason) => rejected.WithLabels(reason).Inc();

    /// <summary>Observes how long a webhook request took.</summary>
    /// <param name="elapsed">The time.</param>
    public void IntakeTook(TimeSpan elapsed) => intakeLatency.Observe(elapsed.TotalSeconds);

    /// <summary>Counts a reload.</summary>
    /// <param name="succeeded">Whether it loaded.</param>
    public void Reloaded(bool succeeded) => reloads.WithLabels(succeeded ? "loaded" : "failed").Inc();

    /// <summary>Counts a run that ended, its guard refusal and its time to recover.</summary>
    /// <param name="result">The run's result.</param>
    /// <param name="timeToRecover">From the alert to the end, for successful runs.</param>
    public void RunEnded(RunResult result, TimeSpan? timeToRecover)
    {
        runs.WithLabels(SnakeCase.Of(result.Outcome)).Inc();
        if (result.Failure?.Refusal is { } refusal) refusals.WithLabels(SnakeCase.Of(refusal.Guard)).Inc();
        if (result.Outcome == RunOutcome.Succeeded && timeToRecover is { } ttr) this.timeToRecover.Observe(Math.Max(0, ttr.TotalSeconds));
    }

    /// <summary>Counts a run the server's incident cooldown held back.</summary>
    public void IncidentCooldown() => refusals.WithLabels("incident_cooldown").Inc();

    /// <summary>Sets the state gauges just before a scrape.</summary>
    /// <param name="pendingApprovals">Pending approvals.</param>
    /// <param name="levels">Each playbook's effective autonomy.</param>
    /// <param name="depth">The queue depth.</param>
    public void SetState(int pendingApprovals, IReadOnlyDictionary<string, AutonomyLevel> levels, int depth)
    {
        pending.Set(pendingApprovals);
        queueDepth.Set(depth);
        foreach (var labels in autonomy.GetAllLabelValues().ToList())
        {
            if (!levels.ContainsKey(labels[0])) autonomy.RemoveLabelled(labels);
        }

        foreach (var (playbook, level) in levels) autonomy.WithLabels(playbook).Set((int)level);
    }

    /// <summary>Writes every metric in the Prometheus text format.</summary>
    /// <param name="output">The response body.</param>
    /// <param name="cancellationToken">Stops the export.</param>
    /// <returns>A task.</returns>
    public Task ExportAsync(Stream output, CancellationToken cancellationToken) => Registry.CollectAndExportAsTextAsync(output, cancellationToken);
}
