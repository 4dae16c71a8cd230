using Npgsql;

namespace Remedy.Runtime.Providers.Postgres;

/// <summary>
/// <c>postgres.connection_ratio(database)</c>: the server's client sessions over the connections open to
/// non-superusers (<c>max_connections - superuser_reserved_connections</c>), 0.0–1.0.
/// </summary>
public sealed class PostgresConnectionRatioProvider : IProvider
{
    private const string Ratio = """
        select (select count(*) from pg_stat_activity where backend_type = 'client backend')::float8
             / greatest(1, current_setting('max_connections')::int - current_setting('superuser_reserved_connections')::int)
        """;

    private readonly PostgresConnector connector;

    /// <summary>Creates the provider.</summary>
    /// <param name="options">The configured databases.</param>
    public PostgresConnectionRatioProvider(PostgresProviderOptions options) => connector = new PostgresConnector(options);

    /// <inheritdoc />
    public string Id => "postgres.connection_ratio";

    /// <inheritdoc />
    public Task<ProviderResult> ExecuteAsync(ProviderCall call, CancellationToken cancellationToken)
    {
        if (!call.Args.TryGetString("database", out var database) || database.Length == 0)
        {
            return Task.FromResult(ProviderResult.BadArgument("database", "a database name"));
        }

        return connector.WithConnectionAsync(database, async (connection, ct) =>
        {
            await using var command = new NpgsqlCommand(Ratio, connection);
            var ratio = (double)(await command.ExecuteScalarAsync(ct).ConfigureAwait(false))!;
            return ProviderResult.Ok(Math.Clamp(ratio, 0, 1));
        }, cancellationToken);
    }
}
