using k8s;
using Remedy.Runtime.Providers;
using Remedy.Runtime.Providers.Kubernetes;
using Remedy.Runtime.Providers.Postgres;
using Remedy.Runtime.Providers.Prometheus;

namespace Remedy.Runtime.Tests.Providers;

/// <summary>The provider ids the runtime implements are exactly the ones the standard library's modules declare.</summary>
public sealed class StdlibProviderIdTests
{
    [Theory]
    [InlineData("std.k8s.remedy")]
    [InlineData("std.postgres.remedy")]
    [InlineData("std.prometheus.remedy")]
    public void Every_declared_provider_id_is_implemented_and_nothing_else(string module)
    {
        using var http = new HttpClient();
        using var k8s = new k8s.Kubernetes(new KubernetesClientConfiguration { Host = "http://127.0.0.1:1" });
        IProvider[] providers = module switch
        {
            "std.k8s.remedy" => KubernetesProviders.All(new KubernetesProviderOptions { Client = k8s }),
            "std.postgres.remedy" => PostgresProviders.All(new PostgresProviderOptions { Databases = new Dictionary<string, string>() }),
            _ => PrometheusProviders.All(http, new PrometheusProviderOptions { BaseUrl = new Uri("http://127.0.0.1:1/") }),
        };

        var declared = File.ReadAllLines(Path.Combine(RepoRoot(), "stdlib", module))
            .Select(l => l.Trim())
            .Where(l => l.StartsWith("provider \"", StringComparison.Ordinal))
            .Select(l => l["provider \"".Length..^1])
            .Order(StringComparer.Ordinal);
        Assert.Equal(declared, providers.Select(p => p.Id).Order(StringComparer.Ordinal));
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Remedy.Lang.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("the repository root (Remedy.Lang.sln) was not found");
    }
}
