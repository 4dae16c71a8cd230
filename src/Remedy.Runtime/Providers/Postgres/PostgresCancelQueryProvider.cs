namespace Remedy.Runtime.Providers.Postgres;

/// <summary>
/// <c>postgres.cancel_query(session)</c>: <c>pg_cancel_backend</c> on a session's running statement. A no-op
/// (<c>signalled: false</c>) when the session is idle, gone, or its pid now names another session.
/// </summary>
public sealed class PostgresCancelQueryProvider : IProvider
{
    private readonly SessionSignal signal;

    /// <summary>Creates the provider.</summary>
    /// <param name="options">The configured databases.</param>
    public PostgresCancelQueryProvider(PostgresProviderOptions options) => signal = new SessionSignal(options, "pg_cancel_backend", onlyActive: true);

    /// <inheritdoc />
    public string Id => "postgres.cancel_query";

    /// <inheritdoc />
    public Task<ProviderResult> ExecuteAsync(ProviderCall call, CancellationToken cancellationToken) => signal.SendAsync(call, cancellationToken);
}
