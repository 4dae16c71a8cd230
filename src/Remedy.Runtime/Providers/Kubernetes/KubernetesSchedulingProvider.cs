using k8s;
using k8s.Models;
using Remedy.Runtime.Values;

namespace Remedy.Runtime.Providers.Kubernetes;

/// <summary>
/// <c>k8s.cordon(node)</c> and <c>k8s.uncordon(node)</c>: set or clear <c>spec.unschedulable</c>; each is the other's
/// rollback, and repeating either is a no-op.
/// </summary>
public sealed class KubernetesSchedulingProvider : IProvider
{
    private readonly KubernetesProviderOptions options;
    private readonly bool cordon;

    /// <summary>Creates the provider.</summary>
    /// <param name="options">The cluster.</param>
    /// <param name="cordon">True for <c>k8s.cordon</c>, false for <c>k8s.uncordon</c>.</param>
    public KubernetesSchedulingProvider(KubernetesProviderOptions options, bool cordon)
    {
        this.options = options;
        this.cordon = cordon;
    }

    /// <inheritdoc />
    public string Id => cordon ? "k8s.cordon" : "k8s.uncordon";

    /// <inheritdoc />
    public Task<ProviderResult> ExecuteAsync(ProviderCall call, CancellationToken cancellationToken)
    {
        if (KubernetesArgs.Object(call.Args, "node", namespaced: false, out var name, out _, out _) is { } bad)
        {
            return Task.FromResult(bad);
        }

        return KubernetesCall.RunAsync($"{(cordon ? "cordoning" : "uncordoning")} node {name}", () => SetAsync(options.Client, name, cordon, cancellationToken));
    }

    internal static async Task<ProviderResult> SetAsync(IKubernetes client, string name, bool unschedulable, CancellationToken cancellationToken)
    {
        var patch = new V1Patch(unschedulable ? """{"spec":{"unschedulable":true}}""" : """{"spec":{"unschedulable":null}}""", V1Patch.PatchType.MergePatch);
        var node = await client.CoreV1.PatchNodeAsync(patch, name, cancellationToken: cancellationToken).ConfigureAwait(false);
        return ProviderResult.Ok(MapValue.Of(("node", name), ("schedulable", node.Spec?.Unschedulable != true)));
    }
}
