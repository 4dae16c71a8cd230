namespace Remedy.Runtime.Providers.Postgres;

/// <summary>
/// Which databases the PostgreSQL providers may reach, and as whom. Playbooks name a database; the operator maps
/// each name to a connection string here, so credentials never appear in playbook text (RMD1012).
/// </summary>
public sealed record PostgresProviderOptions
{
    /// <summary>
    /// Connection strings by database name, e.g. <c>orders → Host=db1;Database=orders;Username=remedy</c>. The role
    /// needs <c>pg_read_all_stats</c> (or <c>pg_monitor</c>) to see other roles' sessions, and <c>pg_signal_backend</c>
    /// (or to own the sessions) for cancel and terminate.
    /// </summary>
    public required IReadOnlyDictionary<string, string> Databases { get; init; }
}
