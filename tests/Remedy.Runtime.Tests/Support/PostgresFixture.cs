namespace Remedy.Runtime.Tests.Support;

/// <summary>
/// One cluster shared by a test class, started on first use so that a class whose tests are all skipped (no
/// PostgreSQL on a developer machine) never tries to start one.
/// </summary>
public sealed class PostgresFixture : IDisposable
{
    private readonly Lazy<PostgresCluster> cluster = new(() => new PostgresCluster(), LazyThreadSafetyMode.ExecutionAndPublication);

    public PostgresCluster Cluster => cluster.Value;

    public void Dispose()
    {
        if (cluster.IsValueCreated)
        {
            cluster.Value.Dispose();
        }
    }
}
