using Npgsql;
using Remedy.Runtime.Providers;
using Remedy.Runtime.Providers.Postgres;
using Remedy.Runtime.Tests.Support;
using Remedy.Runtime.Values;

namespace Remedy.Runtime.Tests.Providers.Postgres;

/// <summary>The PostgreSQL providers against a real cluster started by the test, with real sessions to act on.</summary>
public sealed class PostgresProviderTests : IClassFixture<PostgresFixture>
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);
    private readonly PostgresFixture fixture;

    public PostgresProviderTests(PostgresFixture fixture) => this.fixture = fixture;

    private PostgresCluster Cluster => fixture.Cluster;

    private PostgresProviderOptions Options => new()
    {
        Databases = new Dictionary<string, string> { ["shop"] = Cluster.ConnectionString("remedy", "shop") },
    };

    [PostgresFact]
    public async Task Sessions_lists_the_client_sessions_of_one_database_with_their_state()
    {
        var app = "sessions-" + Guid.NewGuid().ToString("N")[..8];
        using var idle = Cluster.Open("app", "shop", app);
        using var inTransaction = Cluster.Open("app", "shop", app);
        PostgresCluster.Execute(inTransaction, "begin; select 1");
        using var elsewhere = Cluster.Open("app", "postgres", app);

        var mine = await SessionsOf(app);

        Assert.Equal(2, mine.Count);
        var byPid = mine.ToDictionary(s => Int(s, "pid"));
        var idleSession = byPid[idle.ProcessID];
        Assert.Equal("idle", Str(idleSession, "state"));
        Assert.Equal("shop", Str(idleSession, "database"));
        Assert.Equal("app", Str(idleSession, "user"));
        Assert.Equal("127.0.0.1", Str(idleSession, "client_addr"));
        Assert.Equal("client backend", Str(idleSession, "backend_type"));
        Assert.True(idleSession.TryGetDuration("query_age", out var queryAge) && queryAge == TimeSpan.Zero);
        Assert.True(idleSession.TryGetDuration("xact_age", out var noXact) && noXact == TimeSpan.Zero);

        var txSession = byPid[inTransaction.ProcessID];
        Assert.Equal("idle in transaction", Str(txSession, "state"));
        Assert.Equal("select 1", Str(txSession, "query_text"));
        Assert.True(txSession.TryGetDuration("xact_age", out var xactAge) && xactAge >= TimeSpan.Zero);
        Assert.True(txSession.TryGetString("backend_start", out var start) && start.Length > 0);
    }

    [PostgresFact]
    public async Task Cancel_query_stops_the_running_statement_and_keeps_the_session()
    {
        var app = "cancel-" + Guid.NewGuid().ToString("N")[..8];
        using var victim = Cluster.Open("app", "shop", app);
        var sleeping = Task.Run(() => PostgresCluster.Execute(victim, "select pg_sleep(60)"));
        var session = await Eventually.Until(async () => (await SessionsOf(app)).SingleOrDefault(s => Str(s, "state") == "active"), Limit);

        var result = await Call(new PostgresCancelQueryProvider(Options), ("session", session));

        Assert.True(result.Succeeded, result.Failure?.Message);
        Assert.Equal(BoolValue.Of(true), ((MapValue)result.Value).Get("signalled"));
        var error = await Assert.ThrowsAsync<PostgresException>(() => sleeping.WaitAsync(Limit));
        Assert.Equal(PostgresErrorCodes.QueryCanceled, error.SqlState);
        using var still = new NpgsqlCommand("select 42", victim);
        Assert.Equal(42, still.ExecuteScalar());

        var again = await Call(new PostgresCancelQueryProvider(Options), ("session", session));
        Assert.True(again.Succeeded);
        Assert.Equal(BoolValue.Of(false), ((MapValue)again.Value).Get("signalled"));
        Assert.Equal(new StringValue("the session is not running a statement"), ((MapValue)again.Value).Get("reason"));
    }

    [PostgresFact]
    public async Task Terminate_session_closes_the_connection_and_rolls_back_its_transaction()
    {
        var app = "terminate-" + Guid.NewGuid().ToString("N")[..8];
        using (var owner = Cluster.Open("app", "shop"))
        {
            PostgresCluster.Execute(owner, $"create table if not exists t_{app.Replace('-', '_')} (v int)");
        }

        using var victim = Cluster.Open("app", "shop", app);
        PostgresCluster.Execute(victim, $"begin; insert into t_{app.Replace('-', '_')} values (1)");
        var session = Assert.Single(await SessionsOf(app));

        var result = await Call(new PostgresTerminateSessionProvider(Options), ("session", session));

        Assert.True(result.Succeeded, result.Failure?.Message);
        Assert.Equal(BoolValue.Of(true), ((MapValue)result.Value).Get("signalled"));
        await Eventually.Until(async () => (await SessionsOf(app)).Count == 0 ? "gone" : null, Limit);
        Assert.ThrowsAny<NpgsqlException>(() => PostgresCluster.Execute(victim, "select 1"));
        using var check = Cluster.Open("app", "shop");
        using var count = new NpgsqlCommand($"select count(*) from t_{app.Replace('-', '_')}", check);
        Assert.Equal(0L, count.ExecuteScalar());

        var again = await Call(new PostgresTerminateSessionProvider(Options), ("session", session));
        Assert.True(again.Succeeded);
        Assert.Equal(new StringValue("the session has gone"), ((MapValue)again.Value).Get("reason"));
    }

    [PostgresFact]
    public async Task A_superuser_session_is_never_signalled()
    {
        var app = "super-" + Guid.NewGuid().ToString("N")[..8];
        using var admin = Cluster.Open("postgres", "shop", app);
        var session = Assert.Single(await SessionsOf(app));

        var result = await Call(new PostgresTerminateSessionProvider(Options), ("session", session));

        Assert.Equal(FailureKind.Denied, result.Failure?.Kind);
        Assert.Contains("superuser", result.Failure!.Message);
        using var still = new NpgsqlCommand("select 1", admin);
        Assert.Equal(1, still.ExecuteScalar());
    }

    [PostgresFact]
    public async Task A_pid_that_now_names_another_session_is_left_alone()
    {
        var app = "recycled-" + Guid.NewGuid().ToString("N")[..8];
        using var victim = Cluster.Open("app", "shop", app);
        var session = Assert.Single(await SessionsOf(app));
        var stale = session.With("backend_start", "2001-01-01T00:00:00.0000000Z");

        var result = await Call(new PostgresTerminateSessionProvider(Options), ("session", stale));

        Assert.True(result.Succeeded, result.Failure?.Message);
        Assert.Equal(new StringValue("the pid now belongs to another session"), ((MapValue)result.Value).Get("reason"));
        Assert.Single(await SessionsOf(app));
    }

    [PostgresFact]
    public async Task Connection_ratio_counts_client_sessions_against_the_usable_limit()
    {
        var provider = new PostgresConnectionRatioProvider(Options);

        // max_connections=40 minus 3 reserved for superusers: each new session adds 1/37. A backend of an earlier
        // test may still be exiting between the two readings, so a reading disturbed that way is taken again.
        var deltas = new List<double>();
        for (var attempt = 0; attempt < 5 && !deltas.Any(IsThreeSessions); attempt++)
        {
            var before = await Call(provider, ("database", "shop"));
            Assert.True(before.Value.TryGetNumber(out var ratioBefore), before.Failure?.Message);
            Assert.InRange(ratioBefore, 1.0 / 37, 1.0);
            using var a = Cluster.Open("app", "shop");
            using var b = Cluster.Open("app", "shop");
            using var c = Cluster.Open("app", "shop");
            var after = await Call(provider, ("database", "shop"));
            Assert.True(after.Value.TryGetNumber(out var ratioAfter), after.Failure?.Message);
            deltas.Add(ratioAfter - ratioBefore);
        }

        Assert.Contains(deltas, IsThreeSessions);

        static bool IsThreeSessions(double delta) => Math.Abs(delta - 3.0 / 37) < 1e-9;
    }

    [PostgresFact]
    public async Task Unconfigured_databases_bad_arguments_and_an_unreachable_server_are_typed_failures()
    {
        var unknown = await Call(new PostgresSessionsProvider(Options), ("database", "payroll"));
        Assert.Equal(FailureKind.Denied, unknown.Failure?.Kind);
        Assert.Contains("payroll", unknown.Failure!.Message);

        var missing = await Call(new PostgresCancelQueryProvider(Options), ("session", MapValue.Of(("database", "shop"))));
        Assert.Equal(FailureKind.BadArgument, missing.Failure?.Kind);

        var closedPort = new PostgresProviderOptions
        {
            Databases = new Dictionary<string, string> { ["shop"] = "Host=127.0.0.1;Port=1;Username=remedy;Database=shop;Timeout=3" },
        };
        var blind = new PostgresProviderOptions
        {
            Databases = new Dictionary<string, string> { ["shop"] = Cluster.ConnectionString("blind", "shop") },
        };
        var hidden = await Call(new PostgresSessionsProvider(blind), ("database", "shop"));
        Assert.Equal(FailureKind.Denied, hidden.Failure?.Kind);
        Assert.Contains("pg_read_all_stats", hidden.Failure!.Message);

        var down = await Call(new PostgresSessionsProvider(closedPort), ("database", "shop"));
        Assert.Equal(FailureKind.Unavailable, down.Failure?.Kind);
    }

    private async Task<List<MapValue>> SessionsOf(string application)
    {
        var result = await Call(new PostgresSessionsProvider(Options), ("database", "shop"));
        Assert.True(result.Succeeded, result.Failure?.Message);
        return ((ListValue)result.Value).Items.Cast<MapValue>().Where(s => Str(s, "application") == application).ToList();
    }

    private static Task<ProviderResult> Call(IProvider provider, params (string Name, RValue Value)[] args) =>
        provider.ExecuteAsync(new ProviderCall(provider.Id, MapValue.Of(args), "run-1/step/action/target/0", "run-1"), CancellationToken.None);

    private static string Str(MapValue map, string name) => map.TryGetString(name, out var s) ? s : throw new KeyNotFoundException(name);

    private static long Int(MapValue map, string name) => map.TryGetInt(name, out var i) ? i : throw new KeyNotFoundException(name);
}
