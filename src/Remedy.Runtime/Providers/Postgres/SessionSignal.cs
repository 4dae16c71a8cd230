using Npgsql;
using NpgsqlTypes;
using Remedy.Runtime.Values;

namespace Remedy.Runtime.Providers.Postgres;

/// <summary>
/// Sends <c>pg_cancel_backend</c> or <c>pg_terminate_backend</c> to one session after checking it is still the same
/// client session and not one the provider must never touch (superusers, replication and other non-client
/// backends, its own). The check and the signal are one statement, so nothing can slip in between.
/// </summary>
internal sealed class SessionSignal
{
    private const string Inspect = """
        select a.backend_start, a.backend_type, coalesce(r.rolsuper, false), coalesce(a.state, ''), a.datname
        from pg_stat_activity a left join pg_roles r on r.oid = a.usesysid
        where a.pid = @pid
        """;

    private readonly PostgresConnector connector;
    private readonly string function;
    private readonly bool onlyActive;

    /// <param name="options">The configured databases.</param>
    /// <param name="function"><c>pg_cancel_backend</c> or <c>pg_terminate_backend</c>.</param>
    /// <param name="onlyActive">Cancel needs a running statement; an idle session has nothing to cancel.</param>
    public SessionSignal(PostgresProviderOptions options, string function, bool onlyActive)
    {
        connector = new PostgresConnector(options);
        this.function = function;
        this.onlyActive = onlyActive;
    }

    public Task<ProviderResult> SendAsync(ProviderCall call, CancellationToken cancellationToken)
    {
        if (!SessionIdentity.TryRead(call.Args, out var target, out var refusal))
        {
            return Task.FromResult(refusal!);
        }

        return connector.WithConnectionAsync(target.Database, async (connection, ct) =>
        {
            if (target.Pid == connection.ProcessID)
            {
                return ProviderResult.Fail(FailureKind.Denied, $"session {target.Pid} is the runtime's own connection");
            }

            await using (var inspect = new NpgsqlCommand(Inspect, connection))
            {
                inspect.Parameters.AddWithValue("pid", (int)target.Pid);
                await using var reader = await inspect.ExecuteReaderAsync(ct).ConfigureAwait(false);
                if (!await reader.ReadAsync(ct).ConfigureAwait(false))
                {
                    return NoOp(target, "the session has gone");
                }

                var started = reader.GetFieldValue<DateTime>(0);
                if (target.BackendStart is { } expected && SessionIdentity.Format(started) != SessionIdentity.Format(expected))
                {
                    return NoOp(target, "the pid now belongs to another session");
                }

                if (reader.GetString(1) != "client backend")
                {
                    return ProviderResult.Fail(FailureKind.Denied, $"pid {target.Pid} is a '{reader.GetString(1)}', not a client session");
                }

                if (reader.GetBoolean(2))
                {
                    return ProviderResult.Fail(FailureKind.Denied, $"session {target.Pid} belongs to a superuser; the provider never signals those");
                }

                if (reader.IsDBNull(4) || reader.GetString(4) != target.Database)
                {
                    return ProviderResult.Fail(FailureKind.Denied, $"session {target.Pid} is not connected to database '{target.Database}'");
                }

                if (onlyActive && reader.GetString(3) != "active")
                {
                    return NoOp(target, "the session is not running a statement");
                }
            }

            var signal = $"""
                select {function}(a.pid) from pg_stat_activity a left join pg_roles r on r.oid = a.usesysid
                where a.pid = @pid and a.backend_type = 'client backend' and not coalesce(r.rolsuper, false)
                  and (@start::timestamptz is null or a.backend_start = @start::timestamptz)
                """;
            await using var command = new NpgsqlCommand(signal, connection);
            command.Parameters.AddWithValue("pid", (int)target.Pid);
            command.Parameters.Add(new NpgsqlParameter("start", NpgsqlDbType.TimestampTz) { Value = target.BackendStart is { } s ? s : DBNull.Value });
            var sent = await command.ExecuteScalarAsync(ct).ConfigureAwait(false);
            return sent is true
                ? ProviderResult.Ok(MapValue.Of(("pid", target.Pid), ("signalled", true), ("reason", string.Empty)))
                : NoOp(target, "the session ended before the signal");
        }, cancellationToken);
    }

    // Both actions are idempotent: a session that is gone or changed needs nothing more, which is a success.
    private static ProviderResult NoOp(SessionIdentity target, string reason) =>
        ProviderResult.Ok(MapValue.Of(("pid", target.Pid), ("signalled", false), ("reason", reason)));
}
