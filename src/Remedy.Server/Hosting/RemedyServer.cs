using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Remedy.Runtime.Engine;
using Remedy.Runtime.Learning;
using Remedy.Runtime.Storage;
using Remedy.Server.Approvals;
using Remedy.Server.Health;
using Remedy.Server.Intake;
using Remedy.Server.KillSwitch;
using Remedy.Server.Metrics;
using Remedy.Server.Playbooks;
using Remedy.Server.Runs;

namespace Remedy.Server.Hosting;

/// <summary>
/// <c>remedy serve</c>: Kestrel in front of the runtime. Start loads the playbooks (refusing to start on any
/// error), recovers runs a crash left open, re-queues alerts acknowledged but not processed, then listens. Stop
/// refuses new work (503), lets in-flight runs reach a journaled end within the shutdown timeout (then cancels
/// them, which compensates), and closes the journal; nothing acknowledged is lost across a restart.
/// </summary>
public sealed class RemedyServer : IAsyncDisposable
{
    private readonly ServerOptions options;
    private readonly PlaybookRuntime runtime;
    private readonly IRuntimeStore store;
    private readonly TimeProvider clock;
    private readonly TextWriter log;
    private readonly ServerState state = new();
    private WebApplication? app;
    private AlertJournal? journal;
    private AlertDispatcher? dispatcher;
    private PlaybookWatcher? watcher;
    private bool stopped;

    /// <summary>Creates a server (not yet started).</summary>
    /// <param name="options">The settings.</param>
    /// <param name="runtime">The runtime, over <paramref name="store"/>, with the configured providers.</param>
    /// <param name="store">The state file's store.</param>
    /// <param name="loader">Compiles and loads the playbooks.</param>
    /// <param name="clock">The clock; the system clock when null.</param>
    public RemedyServer(ServerOptions options, PlaybookRuntime runtime, IRuntimeStore store, PlaybookLoader loader, TimeProvider? clock = null)
    {
        this.options = options;
        this.runtime = runtime;
        this.store = store;
        this.clock = clock ?? TimeProvider.System;
        log = TextWriter.Synchronized(options.Log);
        Metrics = new ServerMetrics();
        Catalog = new PlaybookCatalog(loader, runtime, this.clock);
        Queue = new AlertQueue(options.QueueCapacity);
    }

    /// <summary>The addresses Kestrel listens on (with the real port when 0 was asked for).</summary>
    public IReadOnlyList<string> Addresses { get; private set; } = [];

    /// <summary>The metrics.</summary>
    public ServerMetrics Metrics { get; }

    /// <summary>The running playbooks.</summary>
    public PlaybookCatalog Catalog { get; }

    /// <summary>The alert queue.</summary>
    public AlertQueue Queue { get; }

    /// <summary>The alert journal (after start).</summary>
    public AlertJournal Journal => journal ?? throw new InvalidOperationException("the server has not started");

    /// <summary>Loads, recovers and starts listening.</summary>
    /// <returns>Whether it started, and why not.</returns>
    public async Task<StartResult> StartAsync()
    {
        var load = Catalog.Reload();
        if (!load.Succeeded)
        {
            return new StartResult(false, load.Problems, PlaybookErrors: true);
        }

        if (load.Problems.Length > 0) await log.WriteAsync(load.Problems).ConfigureAwait(false);
        Catalog.Reloaded += OnReloaded;
        Metrics.Reloaded(true);
        if (!AlertJournal.TryOpen(options.StatePath, out journal, out var journalError, (store as SqliteStore) is { } sqlite ? sqlite.Exclusive : null))
        {
            return new StartResult(false, journalError!, PlaybookErrors: false);
        }

        var recovery = await runtime.RecoverAsync().ConfigureAwait(false);
        foreach (var message in recovery.Messages) await log.WriteLineAsync($"recovery: {message}").ConfigureAwait(false);

        var now = clock.GetUtcNow();
        var deduplicator = new Deduplicator(options.DedupWindow);
        foreach (var (key, at, id) in journal.AcceptedSince(now - options.DedupWindow)) deduplicator.Remember(key, at, id);
        var incidents = new Deduplicator(options.IncidentCooldown);
        foreach (var (key, at) in journal.IncidentsSince(now - options.IncidentCooldown)) incidents.Remember(key, at, key);

        var (unprocessed, problems) = journal.Unprocessed();
        foreach (var problem in problems) await log.WriteLineAsync($"warning: {problem}").ConfigureAwait(false);
        Queue.ForceReserve(unprocessed.Count);
        foreach (var alert in unprocessed) Queue.Enqueue(alert);
        if (unprocessed.Count > 0) await log.WriteLineAsync($"{unprocessed.Count} alert(s) journaled before the last stop are processed now").ConfigureAwait(false);

        dispatcher = new AlertDispatcher(Queue, journal, Catalog, runtime, Metrics, incidents, clock, log, options.MaxConcurrentRuns, options.RetryDelay);
        dispatcher.Start();

        app = Build(deduplicator);
        await app.StartAsync().ConfigureAwait(false);
        Addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToArray() ?? [];
        watcher = new PlaybookWatcher(options.PlaybookPaths, Catalog, options.ReloadDebounce);
        await log.WriteLineAsync($"remedy serve: {Catalog.Current.Playbooks.Count} playbook(s) loaded; listening on {string.Join(", ", Addresses)}").ConfigureAwait(false);
        return new StartResult(true, string.Empty, false);
    }

    /// <summary>Stops gracefully (see the class summary). Safe to call more than once.</summary>
    /// <returns>A task.</returns>
    public async Task StopAsync()
    {
        if (stopped) return;
        stopped = true;
        state.BeginDraining();
        watcher?.Dispose();
        if (dispatcher is not null)
        {
            var cancelled = await dispatcher.StopAsync(options.ShutdownTimeout).ConfigureAwait(false);
            await log.WriteLineAsync(cancelled == 0
                ? "remedy serve: stopping; every in-flight run finished"
                : $"remedy serve: stopping; {cancelled} alert(s) still running after {options.ShutdownTimeout.TotalSeconds:0}s were cancelled (their runs compensated) and will be processed again on the next start").ConfigureAwait(false);
        }

        if (app is not null)
        {
            await app.StopAsync().ConfigureAwait(false);
            await app.DisposeAsync().ConfigureAwait(false);
        }

        if (journal is not null) await journal.DisposeAsync().ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await StopAsync().ConfigureAwait(false);

    private WebApplication Build(Deduplicator deduplicator)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHostLifetime, NullLifetime>();
        builder.WebHost.UseKestrel(kestrel =>
        {
            // The intake reads bodies itself up to its own limit, to answer 413 with a JSON reason.
            kestrel.Limits.MaxRequestBodySize = null;
            kestrel.AddServerHeader = false;
        });
        builder.WebHost.UseUrls([.. options.Urls]);
        var web = builder.Build();
        ErrorBarrier.Use(web, log);
        UnmatchedRequests.Use(web);

        var intake = new AlertIntake(Journal, Queue, deduplicator, Metrics, state, clock, options.MaxBodyBytes);
        var desk = new ApprovalDesk(runtime, store, Catalog, clock);
        var playbooks = new PlaybookBoard(Catalog, store);
        AlertEndpoints.Map(web, intake);
        ApprovalEndpoints.Map(web, desk, options.Tokens, state);
        RunEndpoints.Map(web, new RunBoard(store, Journal, clock));
        PlaybookEndpoints.Map(web, playbooks);
        KillSwitchEndpoints.Map(web, runtime.KillSwitch, options.Tokens);
        web.MapGet("/api/v1/status", () => Microsoft.AspNetCore.Http.Results.Json(
            new StatusView(playbooks.Reload(), Queue.Depth, Queue.Capacity, dispatcher?.InFlight ?? 0, state.Draining), ServerJsonContext.Default.StatusView));
        HealthEndpoints.Map(web, new Readiness(Catalog, store, Journal, Queue, state));
        MetricsEndpoints.Map(web, Metrics, () => Metrics.SetState(
            desk.Pending().Count,
            Catalog.Current.Playbooks.ToDictionary(p => p.Name, p => AutonomyEvidence.For(p, store).Effective, StringComparer.Ordinal),
            Queue.Depth));
        WebPage.Map(web);
        return web;
    }

    private void OnReloaded(PlaybookLoad load)
    {
        Metrics.Reloaded(load.Succeeded);
        log.WriteLine(load.Succeeded
            ? $"reloaded: {load.Playbooks.Count} playbook(s) now run (version {Catalog.State.Version})"
            : $"reload failed; the previous {Catalog.Current.Playbooks.Count} playbook(s) keep running:{Environment.NewLine}{load.Problems.TrimEnd()}");
    }
}
