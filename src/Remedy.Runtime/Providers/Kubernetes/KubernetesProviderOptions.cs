using k8s;

namespace Remedy.Runtime.Providers.Kubernetes;

/// <summary>
/// The cluster the Kubernetes providers act on, through the runtime's service account: what a playbook can touch is
/// also bounded by that account's RBAC role.
/// </summary>
public sealed record KubernetesProviderOptions
{
    /// <summary>The API client, e.g. <c>new k8s.Kubernetes(KubernetesClientConfiguration.BuildConfigFromConfigFile())</c>.</summary>
    public required IKubernetes Client { get; init; }

    /// <summary>The most pods <c>k8s.pods</c> returns before failing (it never truncates).</summary>
    public int MaxPods { get; init; } = 150_000;

    /// <summary>The most nodes <c>k8s.nodes</c> returns before failing.</summary>
    public int MaxNodes { get; init; } = 5_000;

    /// <summary>How often a drain retries an eviction that a PodDisruptionBudget refused (429).</summary>
    public TimeSpan EvictionRetryInterval { get; init; } = TimeSpan.FromSeconds(5);
}
