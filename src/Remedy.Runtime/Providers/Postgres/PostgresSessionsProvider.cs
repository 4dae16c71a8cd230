using Npgsql;
using Remedy.Runtime.Values;

namespace Remedy.Runtime.Providers.Postgres;

/// <summary>
/// <c>postgres.sessions(database)</c>: the client sessions of one database from <c>pg_stat_activity</c>, excluding
/// the provider's own session. Besides the fields of <c>std.postgres.Session</c>, each record carries
/// <c>backend_start</c>, which cancel and terminate use to make sure a pid still names the same session.
/// </summary>
public sealed class PostgresSessionsProvider : IProvider
{
    internal const string SelectSessions = """
        select a.pid, a.datname, coalesce(a.usename, ''), coalesce(a.application_name, ''),
               coalesce(host(a.client_addr), ''), coalesce(a.state, ''), coalesce(a.query, ''),
               case when a.state = 'active' and a.query_start is not null
                    then extract(epoch from clock_timestamp() - a.query_start)::float8 else 0 end,
               coalesce(extract(epoch from clock_timestamp() - a.state_change)::float8, 0),
               coalesce(extract(epoch from clock_timestamp() - a.xact_start)::float8, 0),
               coalesce(a.wait_event, ''), a.backend_type, a.backend_start
        from pg_stat_activity a
        where a.datname = @database and a.backend_type = 'client backend' and a.pid <> pg_backend_pid()
        order by a.backend_start, a.pid
        """;

    private readonly PostgresConnector connector;

    /// <summary>Creates the provider.</summary>
    /// <param name="options">The configured databases.</param>
    public PostgresSessionsProvider(PostgresProviderOptions options) => connector = new PostgresConnector(options);

    /// <inheritdoc />
    public string Id => "postgres.sessions";

    /// <inheritdoc />
    public Task<ProviderResult> ExecuteAsync(ProviderCall call, CancellationToken cancellationToken)
    {
        if (!call.Args.TryGetString("database", out var database) || database.Length == 0)
        {
            return Task.FromResult(ProviderResult.BadArgument("database", "a database name"));
        }

        return connector.WithConnectionAsync(database, async (connection, ct) =>
        {
            await using var command = new NpgsqlCommand(SelectSessions, connection);
            command.Parameters.AddWithValue("database", database);
            await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            var sessions = new List<RValue>();
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                sessions.Add(MapValue.Of(
                    ("pid", (long)reader.GetInt32(0)),
                    ("database", reader.GetString(1)),
                    ("user", reader.GetString(2)),
                    ("application", reader.GetString(3)),
                    ("client_addr", reader.GetString(4)),
                    ("state", reader.GetString(5)),
                    ("query_text", reader.GetString(6)),
                    ("query_age", Seconds(reader.GetDouble(7))),
                    ("state_age", Seconds(reader.GetDouble(8))),
                    ("xact_age", Seconds(reader.GetDouble(9))),
                    ("wait_event", reader.GetString(10)),
                    ("backend_type", reader.GetString(11)),
                    ("backend_start", SessionIdentity.Format(reader.GetFieldValue<DateTime>(12)))));
            }

            return ProviderResult.Ok(new ListValue(sessions));
        }, cancellationToken);
    }

    // Clock skew between the server's statement start and clock_timestamp() can make a fresh age slightly negative.
    private static TimeSpan Seconds(double seconds) => TimeSpan.FromSeconds(Math.Max(0, seconds));
}
