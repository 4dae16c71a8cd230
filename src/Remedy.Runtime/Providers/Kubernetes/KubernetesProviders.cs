namespace Remedy.Runtime.Providers.Kubernetes;

/// <summary>The providers of <c>std.k8s</c>, built together.</summary>
public static class KubernetesProviders
{
    /// <summary>All Kubernetes providers.</summary>
    /// <param name="options">The cluster.</param>
    /// <returns>The queries pods, deployments, deployment, nodes and the actions restart_pod, scale, rollout_undo, rollout_to, cordon, uncordon, drain.</returns>
    public static IProvider[] All(KubernetesProviderOptions options) =>
    [
        new KubernetesPodsProvider(options),
        new KubernetesDeploymentsProvider(options),
        new KubernetesDeploymentProvider(options),
        new KubernetesNodesProvider(options),
        new KubernetesRestartPodProvider(options),
        new KubernetesScaleProvider(options),
        new KubernetesRolloutUndoProvider(options),
        new KubernetesRolloutToProvider(options),
        new KubernetesSchedulingProvider(options, cordon: true),
        new KubernetesSchedulingProvider(options, cordon: false),
        new KubernetesDrainProvider(options),
    ];
}
