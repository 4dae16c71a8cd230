using Microsoft.Data.Sqlite;
using Remedy.Cli.Runtime;
using Remedy.Runtime.Engine;

namespace Remedy.Cli.Running;

/// <summary>
/// What <c>plan</c> and <c>replay</c> work in: the compiled workspace loaded into a runtime whose providers are the
/// configured ones plus <see cref="UnconfiguredProvider"/> stand-ins for the rest, over a private copy of the state
/// file. Dry runs there see the real guard state (kill switch, breaker, rate limit, cooldowns) and the real
/// read-only queries, yet nothing a plan records ever reaches the real state file.
/// </summary>
public sealed class PlanSession : IDisposable
{
    private readonly RuntimeHost host;
    private readonly string folder;

    private PlanSession(RuntimeHost host, string folder, IReadOnlyList<LoadedPlaybook> playbooks, bool hasState)
    {
        this.host = host;
        this.folder = folder;
        Playbooks = playbooks;
        HasState = hasState;
    }

    /// <summary>The loaded playbooks.</summary>
    public IReadOnlyList<LoadedPlaybook> Playbooks { get; }

    /// <summary>Whether guard state came from a real state file (otherwise it is a fresh one).</summary>
    public bool HasState { get; }

    /// <summary>The private copy of the state, for guard checks that may write (a rate-limit slot) without consequence.</summary>
    public Remedy.Runtime.Storage.SqliteStore Store => host.Store;

    /// <summary>The runtime, for dry runs.</summary>
    public PlaybookRuntime Runtime => host.Runtime;

    /// <summary>Compiles and loads a workspace for planning.</summary>
    /// <param name="console">Where problems go.</param>
    /// <param name="paths">The workspace.</param>
    /// <param name="statePath">The state file to copy guard state from, if it exists.</param>
    /// <param name="configPath">The runtime configuration, or null for the default if present.</param>
    /// <param name="session">The session, or null.</param>
    /// <returns><see cref="ExitCodes.Success"/> or the exit code of the reported problem.</returns>
    public static int TryOpen(CliConsole console, IReadOnlyList<string> paths, string statePath, string? configPath, out PlanSession? session)
    {
        session = null;
        var compiled = PlaybookWorkspace.TryCompile(console, paths, out var image, out var providerIds);
        if (compiled != ExitCodes.Success)
        {
            return compiled;
        }

        var folder = Directory.CreateTempSubdirectory("remedy-plan-").FullName;
        var copy = Path.Combine(folder, "plan.db");
        var hasState = File.Exists(statePath);
        try
        {
            if (hasState)
            {
                // SQLite's backup API copies a consistent snapshot, WAL included, without blocking the writer.
                using var source = new SqliteConnection($"Data Source={statePath};Mode=ReadOnly;Pooling=false");
                using var target = new SqliteConnection($"Data Source={copy};Pooling=false");
                source.Open();
                target.Open();
                source.BackupDatabase(target);
            }
        }
        catch (SqliteException e)
        {
            Directory.Delete(folder, recursive: true);
            console.Error.WriteLine($"error: the state file '{statePath}' could not be read: {e.Message}");
            return ExitCodes.BadUsage;
        }

        var fallbacks = providerIds.Select(id => new UnconfiguredProvider(id)).ToList();
        var opened = RuntimeHost.TryOpen(console, copy, create: true, configPath, withProviders: true, out var host, fallbacks: fallbacks);
        if (host is null)
        {
            Directory.Delete(folder, recursive: true);
            return opened;
        }

        var loaded = PlaybookWorkspace.TryLoad(console, host.Runtime, image, host.ProviderIds, out var playbooks);
        session = new PlanSession(host, folder, playbooks, hasState);
        if (loaded != ExitCodes.Success)
        {
            session.Dispose();
            session = null;
            return loaded;
        }

        return ExitCodes.Success;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        host.Dispose();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A temp folder left behind is harmless; the plan itself is done.
        }
    }
}
