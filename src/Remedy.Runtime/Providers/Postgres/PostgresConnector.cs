using Npgsql;

namespace Remedy.Runtime.Providers.Postgres;

/// <summary>
/// Opens connections for the PostgreSQL providers and turns driver exceptions into typed failures, so each provider
/// only states its SQL.
/// </summary>
internal sealed class PostgresConnector
{
    private readonly PostgresProviderOptions options;

    public PostgresConnector(PostgresProviderOptions options) => this.options = options;

    /// <summary>Runs <paramref name="work"/> on an open connection to the database named by the call's arguments.</summary>
    public async Task<ProviderResult> WithConnectionAsync(
        string database,
        Func<NpgsqlConnection, CancellationToken, Task<ProviderResult>> work,
        CancellationToken cancellationToken)
    {
        if (!options.Databases.TryGetValue(database, out var connectionString))
        {
            return ProviderResult.Fail(FailureKind.Denied, $"database '{database}' is not configured for the PostgreSQL providers");
        }

        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);

            // Without pg_read_all_stats, pg_stat_activity hides other roles' state and backend type: the providers would
            // see no sessions and a playbook would conclude all is well. Say so instead.
            await using (var check = new NpgsqlCommand("select pg_has_role(current_user, 'pg_read_all_stats', 'USAGE')", connection))
            {
                if (await check.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not true)
                {
                    return ProviderResult.Fail(
                        FailureKind.Denied,
                        $"the role connecting to '{database}' cannot see other sessions: grant it pg_read_all_stats (or pg_monitor)");
                }
            }

            return await work(connection, cancellationToken).ConfigureAwait(false);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege)
        {
            return ProviderResult.Fail(FailureKind.Denied, $"PostgreSQL refused ({database}): {e.MessageText}");
        }
        catch (PostgresException e)
        {
            return ProviderResult.Fail(FailureKind.Error, $"PostgreSQL error {e.SqlState} ({database}): {e.MessageText}");
        }
        catch (NpgsqlException e) when (!cancellationToken.IsCancellationRequested)
        {
            return ProviderResult.Fail(FailureKind.Unavailable, $"PostgreSQL ({database}) could not be reached: {e.Message}");
        }
        catch (ArgumentException e)
        {
            // Npgsql rejects a malformed connection string with ArgumentException: operator configuration, not the playbook.
            return ProviderResult.Fail(FailureKind.Error, $"the connection string for '{database}' is invalid: {e.Message}");
        }
    }
}
