namespace Remedy.Runtime.Providers.Kubernetes;

/// <summary>
/// <c>k8s.rollout_to(deployment, revision)</c>: to a given revision of the history; a no-op when it is current, a
/// failure (changing nothing) when the history no longer has it. Also the compensation of <c>rollout_undo</c>.
/// </summary>
public sealed class KubernetesRolloutToProvider : IProvider
{
    private readonly KubernetesProviderOptions options;

    /// <summary>Creates the provider.</summary>
    /// <param name="options">The cluster.</param>
    public KubernetesRolloutToProvider(KubernetesProviderOptions options) => this.options = options;

    /// <inheritdoc />
    public string Id => "k8s.rollout_to";

    /// <inheritdoc />
    public Task<ProviderResult> ExecuteAsync(ProviderCall call, CancellationToken cancellationToken)
    {
        if (KubernetesArgs.Object(call.Args, "deployment", namespaced: true, out var name, out var ns, out _) is { } bad)
        {
            return Task.FromResult(bad);
        }

        if (!call.Args.TryGetInt("revision", out var revision) || revision <= 0)
        {
            return Task.FromResult(ProviderResult.BadArgument("revision", "a revision number of 1 or more"));
        }

        return KubernetesCall.RunAsync(
            $"rolling deployment {ns}/{name} to revision {revision}",
            () => KubernetesRollout.ToRevisionAsync(options.Client, ns, name, revision, cancellationToken));
    }
}
