using k8s;
using k8s.Autorest;
using k8s.Models;
using Remedy.Runtime.Values;

namespace Remedy.Runtime.Providers.Kubernetes;

/// <summary>
/// <c>k8s.restart_pod(pod)</c>: evicts the pod through the eviction API (so PodDisruptionBudgets hold) for its
/// controller to replace. Refuses a bare pod, which nothing would recreate; a pod already gone is a no-op.
/// </summary>
public sealed class KubernetesRestartPodProvider : IProvider
{
    private readonly KubernetesProviderOptions options;

    /// <summary>Creates the provider.</summary>
    /// <param name="options">The cluster.</param>
    public KubernetesRestartPodProvider(KubernetesProviderOptions options) => this.options = options;

    /// <inheritdoc />
    public string Id => "k8s.restart_pod";

    /// <inheritdoc />
    public Task<ProviderResult> ExecuteAsync(ProviderCall call, CancellationToken cancellationToken)
    {
        if (KubernetesArgs.Object(call.Args, "pod", namespaced: true, out var name, out var ns, out var record) is { } bad)
        {
            return Task.FromResult(bad);
        }

        if (!record.TryGetString("owner", out var owner) || owner.Length == 0)
        {
            return Task.FromResult(ProviderResult.Fail(FailureKind.Denied, $"pod {ns}/{name} has no owning controller: nothing would recreate it"));
        }

        return KubernetesCall.RunAsync($"restarting pod {ns}/{name}", async () =>
        {
            try
            {
                var live = await options.Client.CoreV1.ReadNamespacedPodAsync(name, ns, cancellationToken: cancellationToken).ConfigureAwait(false);
                if (live.Metadata.OwnerReferences is not { Count: > 0 })
                {
                    return ProviderResult.Fail(FailureKind.Denied, $"pod {ns}/{name} has no owning controller: nothing would recreate it");
                }

                var eviction = new V1Eviction { Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = ns } };
                await options.Client.CoreV1.CreateNamespacedPodEvictionAsync(eviction, name, ns, cancellationToken: cancellationToken).ConfigureAwait(false);
                return ProviderResult.Ok(MapValue.Of(("pod", $"{ns}/{name}"), ("evicted", true)));
            }
            catch (HttpOperationException e) when (KubernetesCall.IsNotFound(e))
            {
                // Idempotent: the pod is gone already (a repeat of this call, or its controller replaced it).
                return ProviderResult.Ok(MapValue.Of(("pod", $"{ns}/{name}"), ("evicted", false)));
            }
        });
    }
}
