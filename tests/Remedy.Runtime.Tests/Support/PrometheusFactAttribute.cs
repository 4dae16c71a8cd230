namespace Remedy.Runtime.Tests.Support;

/// <summary>A test against a real Prometheus server; skipped, with the reason, only when Prometheus is absent and CI is not set.</summary>
public sealed class PrometheusFactAttribute : FactAttribute
{
    public PrometheusFactAttribute()
    {
        if (ServerBinaries.SkipReason(ServerBinaries.Prometheus() is not null, "Prometheus (Debian package prometheus)") is { } reason)
        {
            Skip = reason;
        }
    }
}
