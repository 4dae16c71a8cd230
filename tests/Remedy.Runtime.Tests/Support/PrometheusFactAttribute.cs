using System.Runtime.CompilerServices;

namespace Remedy.Runtime.Tests.Support;

/// <summary>A test against a real Prometheus server; skipped, with the reason, only when Prometheus is absent and CI is not set.</summary>
public sealed class PrometheusFactAttribute : FactAttribute
{
    public PrometheusFactAttribute([CallerMemberName] string test = "")
    {
        if (ServerBinaries.SkipReason(ServerBinaries.Prometheus() is not null, "Prometheus (Debian package prometheus)") is { } reason)
        {
            Skip = reason;
            // dotnet test prints names, not skip reasons, at its default verbosity: put the reason where it shows.
            DisplayName = $"{test} (skipped: {Skip})";
        }
    }
}
