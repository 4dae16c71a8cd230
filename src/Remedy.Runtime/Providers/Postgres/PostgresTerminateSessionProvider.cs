namespace Remedy.Runtime.Providers.Postgres;

/// <summary>
/// <c>postgres.terminate_session(session)</c>: <c>pg_terminate_backend</c>, closing the connection and rolling back its
/// transaction. A no-op (<c>signalled: false</c>) when the session is gone or its pid now names another session.
/// </summary>
public sealed class PostgresTerminateSessionProvider : IProvider
{
    private readonly SessionSignal signal;

    /// <summary>Creates the provider.</summary>
    /// <param name="options">The configured databases.</param>
    public PostgresTerminateSessionProvider(PostgresProviderOptions options) => signal = new SessionSignal(options, "pg_terminate_backend", onlyActive: false);

    /// <inheritdoc />
    public string Id => "postgres.terminate_session";

    /// <inheritdoc />
    public Task<ProviderResult> ExecuteAsync(ProviderCall call, CancellationToken cancellationToken) => signal.SendAsync(call, cancellationToken);
}
