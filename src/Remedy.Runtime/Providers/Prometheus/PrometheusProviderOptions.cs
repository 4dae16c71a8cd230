namespace Remedy.Runtime.Providers.Prometheus;

/// <summary>The Prometheus server the queries go to; configured by the operator, never named in playbook text.</summary>
public sealed record PrometheusProviderOptions
{
    /// <summary>The server's base URL, e.g. <c>http://127.0.0.1:9090/</c>.</summary>
    public required Uri BaseUrl { get; init; }

    /// <summary>The most points a range query may ask for per series; Prometheus itself refuses more than 11,000.</summary>
    public int MaxPoints { get; init; } = 11_000;
}
