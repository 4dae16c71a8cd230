using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Remedy.Runtime.Alerts;
using Remedy.Server.Hosting;
using Remedy.Server.Metrics;

namespace Remedy.Server.Intake;

/// <summary>
/// <c>POST /api/v1/alerts</c>: validates an Alertmanager webhook (version 4), deduplicates its alerts, reserves
/// queue room, journals every alert durably and only then answers 202. Each refusal names its reason and, for a
/// bad payload, where the problem is; nothing is journaled or queued for a refused request.
/// </summary>
public sealed class AlertIntake
{
    private readonly AlertJournal journal;
    private readonly AlertQueue queue;
    private readonly Deduplicator deduplicator;
    private readonly ServerMetrics metrics;
    private readonly ServerState state;
    private readonly TimeProvider clock;
    private readonly long maxBodyBytes;

    /// <summary>Creates the intake.</summary>
    /// <param name="journal">Where alerts are journaled.</param>
    /// <param name="queue">Where accepted alerts wait for workers.</param>
    /// <param name="deduplicator">The dedup window.</param>
    /// <param name="metrics">The metrics.</param>
    /// <param name="state">Whether the server still takes work.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="maxBodyBytes">The largest body accepted.</param>
    public AlertIntake(AlertJournal journal, AlertQueue queue, Deduplicator deduplicator, ServerMetrics metrics, ServerState state, TimeProvider clock, long maxBodyBytes)
    {
        this.journal = journal;
        this.queue = queue;
        this.deduplicator = deduplicator;
        this.metrics = metrics;
        this.state = state;
        this.clock = clock;
        this.maxBodyBytes = maxBodyBytes;
    }

    /// <summary>Handles one webhook request.</summary>
    /// <param name="context">The request.</param>
    /// <returns>The response.</returns>
    public async Task<IResult> HandleAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var result = await AcceptAsync(context).ConfigureAwait(false);
        metrics.IntakeTook(Stopwatch.GetElapsedTime(started));
        return result;
    }

    private async Task<IResult> AcceptAsync(HttpContext context)
    {
        var request = context.Request;
        if (state.Draining)
        {
            metrics.Rejected("shutting_down");
            context.Response.Headers.RetryAfter = "5";
            return Json.Error(StatusCodes.Status503ServiceUnavailable, new ApiError("the server is shutting down and takes no new alerts; Alertmanager will retry"));
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || !type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            metrics.Rejected("content_type");
            return Json.Error(StatusCodes.Status415UnsupportedMediaType,
                new ApiError($"the body must be application/json (Alertmanager's webhook), not '{request.ContentType ?? "(none)"}'", "Content-Type"));
        }

        if (request.ContentLength > maxBodyBytes)
        {
            metrics.Rejected("too_large");
            return TooLarge();
        }

        var body = await ReadBodyAsync(request, context.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            metrics.Rejected("too_large");
            return TooLarge();
        }

        if (!AlertmanagerWebhook.TryParse(body.Value, clock, out var alerts, out var problem))
        {
            var (error, malformed) = WebhookProblem.From(problem!);
            metrics.Rejected(malformed ? "malformed_json" : "schema");
            return Json.Error(StatusCodes.Status400BadRequest, error);
        }

        var now = clock.GetUtcNow();
        var durable = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var fresh = new List<AcceptedAlert>(alerts.Count);
        var ids = new List<string>(alerts.Count);
        var duplicates = new List<DedupEntry>();
        var claims = new List<(string Key, DedupEntry? Previous)>();
        foreach (var alert in alerts)
        {
            var fingerprint = AlertFingerprint.Of(alert);
            var withPrint = alert.Fingerprint.Length > 0 ? alert : alert with { Fingerprint = fingerprint, Input = WithFingerprint(alert, fingerprint) };
            var accepted = new AcceptedAlert(Guid.CreateVersion7(now).ToString("N"), fingerprint, withPrint, now, Duplicate: false);
            metrics.Received(alert.Status == AlertStatus.Firing ? "firing" : "resolved");
            // One payload may repeat an alert; the second copy is a duplicate of the first.
            if (deduplicator.TryClaim(accepted.Key, new DedupEntry(now, accepted.Id, durable.Task), out var existing))
            {
                claims.Add((accepted.Key, existing));
                fresh.Add(accepted);
                ids.Add(accepted.Id);
            }
            else
            {
                // A duplicate is folded into the alert it repeats: it answers with that alert's journal id and is
                // acknowledged once that alert is durable, without a journal write of its own.
                duplicates.Add(existing!);
                ids.Add(existing!.Id);
            }
        }

        if (!queue.TryReserve(fresh.Count))
        {
            Release(claims);
            durable.SetException(new InvalidOperationException("the alert queue was full"));
            metrics.Rejected("queue_full");
            context.Response.Headers.RetryAfter = "1";
            return Json.Error(StatusCodes.Status429TooManyRequests,
                new ApiError($"the alert queue is full ({queue.Capacity} alerts wait for workers); nothing of this request was accepted, retry later"));
        }

        try
        {
            if (fresh.Count > 0) await journal.AppendAsync(fresh).ConfigureAwait(false);
            durable.SetResult();
            foreach (var original in duplicates.Distinct()) await original.Durable.ConfigureAwait(false);
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
        {
            if (!durable.Task.IsCompleted)
            {
                queue.Release(fresh.Count);
                Release(claims);
                durable.SetException(e);
            }
            else
            {
                // This request's own alerts are journaled and must run; only a duplicate's original failed.
                foreach (var alert in fresh) queue.Enqueue(alert);
            }

            metrics.Rejected("journal_unavailable");
            context.Response.Headers.RetryAfter = "5";
            return Json.Error(StatusCodes.Status503ServiceUnavailable, new ApiError($"the alerts could not be journaled, so this request was not accepted: {e.Message}"));
        }

        foreach (var alert in fresh) queue.Enqueue(alert);
        for (var i = 0; i < duplicates.Count; i++) metrics.Deduplicated();
        return Json.Accepted(new IntakeResponse(fresh.Count, duplicates.Count, ids));
    }

    private IResult TooLarge() => Json.Error(StatusCodes.Status413PayloadTooLarge,
        new ApiError($"the body is larger than {maxBodyBytes} bytes; send fewer alerts per request (Alertmanager's max_alerts)"));

    private void Release(List<(string Key, DedupEntry? Previous)> claims)
    {
        foreach (var (key, previous) in claims) deduplicator.Release(key, previous);
    }

    private async Task<ReadOnlyMemory<byte>?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength is { } length)
        {
            // The usual case (Alertmanager sends Content-Length): one exact buffer, filled in place.
            var exact = new byte[length];
            var filled = await request.Body.ReadAtLeastAsync(exact, exact.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
            return exact.AsMemory(0, filled);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        while (true)
        {
            var read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false);
            if (read == 0) break;
            if (buffer.Length + read > maxBodyBytes) return null;
            buffer.Write(chunk, 0, read);
        }

        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    private static Remedy.Runtime.Values.MapValue WithFingerprint(TriggerAlert alert, string fingerprint) =>
        new(alert.Input.Fields.Select(f => f.Key == "fingerprint" ? new KeyValuePair<string, Remedy.Runtime.Values.RValue>(f.Key, fingerprint) : f));
}
