using k8s;
using k8s.Models;
using Remedy.Runtime.Values;

namespace Remedy.Runtime.Providers.Kubernetes;

/// <summary>
/// <c>k8s.scale(deployment, replicas)</c>: sets the desired replica count through the scale subresource. Setting the
/// same count twice is harmless, which makes it its own idempotent rollback.
/// </summary>
public sealed class KubernetesScaleProvider : IProvider
{
    private readonly KubernetesProviderOptions options;

    /// <summary>Creates the provider.</summary>
    /// <param name="options">The cluster.</param>
    public KubernetesScaleProvider(KubernetesProviderOptions options) => this.options = options;

    /// <inheritdoc />
    public string Id => "k8s.scale";

    /// <inheritdoc />
    public Task<ProviderResult> ExecuteAsync(ProviderCall call, CancellationToken cancellationToken)
    {
        if (KubernetesArgs.Object(call.Args, "deployment", namespaced: true, out var name, out var ns, out _) is { } bad)
        {
            return Task.FromResult(bad);
        }

        if (!call.Args.TryGetInt("replicas", out var replicas) || replicas < 0 || replicas > int.MaxValue)
        {
            return Task.FromResult(ProviderResult.BadArgument("replicas", "a replica count of 0 or more"));
        }

        return KubernetesCall.RunAsync($"scaling deployment {ns}/{name}", async () =>
        {
            var patch = new V1Patch("{\"spec\":{\"replicas\":" + replicas + "}}", V1Patch.PatchType.MergePatch);
            var scale = await options.Client.AppsV1.PatchNamespacedDeploymentScaleAsync(patch, name, ns, cancellationToken: cancellationToken).ConfigureAwait(false);
            return ProviderResult.Ok(MapValue.Of(("deployment", $"{ns}/{name}"), ("replicas", (long)(scale.Spec?.Replicas ?? (int)replicas))));
        });
    }
}
