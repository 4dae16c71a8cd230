namespace Remedy.Runtime.Providers.Kubernetes;

/// <summary><c>k8s.rollout_undo(deployment)</c>: back to the previous revision; fails, changing nothing, when there is none.</summary>
public sealed class KubernetesRolloutUndoProvider : IProvider
{
    private readonly KubernetesProviderOptions options;

    /// <summary>Creates the provider.</summary>
    /// <param name="options">The cluster.</param>
    public KubernetesRolloutUndoProvider(KubernetesProviderOptions options) => this.options = options;

    /// <inheritdoc />
    public string Id => "k8s.rollout_undo";

    /// <inheritdoc />
    public Task<ProviderResult> ExecuteAsync(ProviderCall call, CancellationToken cancellationToken)
    {
        if (KubernetesArgs.Object(call.Args, "deployment", namespaced: true, out var name, out var ns, out _) is { } bad)
        {
            return Task.FromResult(bad);
        }

        return KubernetesCall.RunAsync(
            $"rolling back deployment {ns}/{name}",
            () => KubernetesRollout.ToRevisionAsync(options.Client, ns, name, revision: null, cancellationToken));
    }
}
