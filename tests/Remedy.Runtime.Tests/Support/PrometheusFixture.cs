namespace Remedy.Runtime.Tests.Support;

/// <summary>One Prometheus shared by a test class, started on first use (so an all-skipped class starts none).</summary>
public sealed class PrometheusFixture : IDisposable
{
    public const string Metrics = """
        # TYPE remedy_queue_depth gauge
        remedy_queue_depth 42
        # TYPE remedy_errors_total counter
        remedy_errors_total{kind="timeout"} 1
        remedy_errors_total{kind="refused"} 2

        """;

    private readonly Lazy<PrometheusServer> server = new(() => new PrometheusServer(Metrics), LazyThreadSafetyMode.ExecutionAndPublication);

    public PrometheusServer Server => server.Value;

    public void Dispose()
    {
        if (server.IsValueCreated)
        {
            server.Value.Dispose();
        }
    }
}
