using k8s;

namespace Remedy.Runtime.Providers.Kubernetes;

/// <summary><c>k8s.deployment(namespace, name)</c>: one deployment; a missing one fails (NotFound).</summary>
public sealed class KubernetesDeploymentProvider : IProvider
{
    private readonly KubernetesProviderOptions options;
    private readonly TimeProvider clock;

    /// <summary>Creates the provider.</summary>
    /// <param name="options">The cluster.</param>
    /// <param name="clock">Where "now" comes from, for ages.</param>
    public KubernetesDeploymentProvider(KubernetesProviderOptions options, TimeProvider? clock = null)
    {
        this.options = options;
        this.clock = clock ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public string Id => "k8s.deployment";

    /// <inheritdoc />
    public Task<ProviderResult> ExecuteAsync(ProviderCall call, CancellationToken cancellationToken)
    {
        var badNamespace = KubernetesArgs.Name(call.Args, "namespace", out var ns);
        var badOther = KubernetesArgs.Name(call.Args, "name", out var name);
        if ((badNamespace ?? badOther) is { } bad)
        {
            return Task.FromResult(bad);
        }

        return KubernetesCall.RunAsync($"reading deployment {ns}/{name}", async () =>
        {
            var deployment = await options.Client.AppsV1.ReadNamespacedDeploymentAsync(name, ns, cancellationToken: cancellationToken).ConfigureAwait(false);
            return ProviderResult.Ok(KubernetesMapper.Deployment(deployment, clock.GetUtcNow()));
        });
    }
}
