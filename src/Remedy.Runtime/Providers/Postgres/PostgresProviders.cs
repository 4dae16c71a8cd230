namespace Remedy.Runtime.Providers.Postgres;

/// <summary>The PostgreSQL providers of <c>std.postgres</c>, built together.</summary>
public static class PostgresProviders
{
    /// <summary>All PostgreSQL providers.</summary>
    /// <param name="options">The configured databases.</param>
    /// <returns>sessions, connection_ratio, cancel_query, terminate_session.</returns>
    public static IProvider[] All(PostgresProviderOptions options) =>
    [
        new PostgresSessionsProvider(options),
        new PostgresConnectionRatioProvider(options),
        new PostgresCancelQueryProvider(options),
        new PostgresTerminateSessionProvider(options),
    ];
}
