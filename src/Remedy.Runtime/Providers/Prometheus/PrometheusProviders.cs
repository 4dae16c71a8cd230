namespace Remedy.Runtime.Providers.Prometheus;

/// <summary>The providers of <c>std.prometheus</c>, built together.</summary>
public static class PrometheusProviders
{
    /// <summary>All Prometheus providers.</summary>
    /// <param name="client">The HTTP client; the caller owns it.</param>
    /// <param name="options">The server.</param>
    /// <returns>query, query_range.</returns>
    public static IProvider[] All(HttpClient client, PrometheusProviderOptions options) =>
    [
        new PrometheusQueryProvider(client, options),
        new PrometheusQueryRangeProvider(client, options),
    ];
}
