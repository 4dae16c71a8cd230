using k8s;
using Remedy.Runtime.Values;

namespace Remedy.Runtime.Providers.Kubernetes;

/// <summary><c>k8s.deployments(namespace, selector)</c>: the deployments of a namespace matching a label selector.</summary>
public sealed class KubernetesDeploymentsProvider : IProvider
{
    private readonly KubernetesProviderOptions options;
    private readonly TimeProvider clock;

    /// <summary>Creates the provider.</summary>
    /// <param name="options">The cluster.</param>
    /// <param name="clock">Where "now" comes from, for ages.</param>
    public KubernetesDeploymentsProvider(KubernetesProviderOptions options, TimeProvider? clock = null)
    {
        this.options = options;
        this.clock = clock ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public string Id => "k8s.deployments";

    /// <inheritdoc />
    public Task<ProviderResult> ExecuteAsync(ProviderCall call, CancellationToken cancellationToken)
    {
        var badNamespace = KubernetesArgs.Name(call.Args, "namespace", out var ns);
        var badOther = KubernetesArgs.Selector(call.Args, out var selector);
        if ((badNamespace ?? badOther) is { } bad)
        {
            return Task.FromResult(bad);
        }

        return KubernetesCall.RunAsync($"listing deployments in {ns}", async () =>
        {
            var list = await options.Client.AppsV1.ListNamespacedDeploymentAsync(ns, labelSelector: selector, cancellationToken: cancellationToken).ConfigureAwait(false);
            var now = clock.GetUtcNow();
            return ProviderResult.Ok(new ListValue(list.Items.Select(d => (RValue)KubernetesMapper.Deployment(d, now))));
        });
    }
}
