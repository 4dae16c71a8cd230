using System.Net;
using k8s;
using k8s.Autorest;
using k8s.Models;
using Remedy.Runtime.Values;

namespace Remedy.Runtime.Providers.Kubernetes;

/// <summary>
/// <c>k8s.drain(node)</c>: cordons the node, then evicts its pods through the eviction API, retrying those a
/// PodDisruptionBudget holds back until the call's timeout. DaemonSet and mirror (static) pods stay, as with
/// <c>kubectl drain --ignore-daemonsets</c>.
/// </summary>
public sealed class KubernetesDrainProvider : IProvider
{
    private readonly KubernetesProviderOptions options;

    /// <summary>Creates the provider.</summary>
    /// <param name="options">The cluster.</param>
    public KubernetesDrainProvider(KubernetesProviderOptions options) => this.options = options;

    /// <inheritdoc />
    public string Id => "k8s.drain";

    /// <inheritdoc />
    public Task<ProviderResult> ExecuteAsync(ProviderCall call, CancellationToken cancellationToken)
    {
        if (KubernetesArgs.Object(call.Args, "node", namespaced: false, out var name, out _, out _) is { } bad)
        {
            return Task.FromResult(bad);
        }

        return KubernetesCall.RunAsync($"draining node {name}", async () =>
        {
            var cordoned = await KubernetesSchedulingProvider.SetAsync(options.Client, name, unschedulable: true, cancellationToken).ConfigureAwait(false);
            if (!cordoned.Succeeded)
            {
                return cordoned;
            }

            var pods = await options.Client.CoreV1.ListPodForAllNamespacesAsync(
                fieldSelector: $"spec.nodeName={name},status.phase!=Succeeded,status.phase!=Failed",
                cancellationToken: cancellationToken).ConfigureAwait(false);
            var evicted = 0;
            foreach (var pod in pods.Items.Where(Evictable))
            {
                evicted += await EvictAsync(pod, cancellationToken).ConfigureAwait(false) ? 1 : 0;
            }

            return ProviderResult.Ok(MapValue.Of(("node", name), ("evicted", (long)evicted)));
        });
    }

    private static bool Evictable(V1Pod pod) =>
        pod.Metadata.OwnerReferences?.Any(o => o.Kind == "DaemonSet") != true
        && pod.Metadata.Annotations?.ContainsKey("kubernetes.io/config.mirror") != true;

    private async Task<bool> EvictAsync(V1Pod pod, CancellationToken cancellationToken)
    {
        var eviction = new V1Eviction { Metadata = new V1ObjectMeta { Name = pod.Metadata.Name, NamespaceProperty = pod.Metadata.NamespaceProperty } };
        while (true)
        {
            try
            {
                await options.Client.CoreV1.CreateNamespacedPodEvictionAsync(
                    eviction, pod.Metadata.Name, pod.Metadata.NamespaceProperty, cancellationToken: cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (HttpOperationException e) when (KubernetesCall.IsNotFound(e))
            {
                return false;
            }
            catch (HttpOperationException e) when (e.Response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                // A PodDisruptionBudget says not now: wait and ask again; the call's timeout bounds the retries.
                await Task.Delay(options.EvictionRetryInterval, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
