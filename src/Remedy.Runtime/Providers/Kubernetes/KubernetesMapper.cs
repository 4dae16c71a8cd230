using k8s.Models;
using Remedy.Runtime.Values;

namespace Remedy.Runtime.Providers.Kubernetes;

/// <summary>Turns API objects into the records of <c>std.k8s</c> (Pod, Deployment, Node).</summary>
internal static class KubernetesMapper
{
    public const string RevisionAnnotation = "deployment.kubernetes.io/revision";

    public static MapValue Pod(V1Pod pod, PodMetrics? metrics, DateTimeOffset now)
    {
        var statuses = pod.Status?.ContainerStatuses ?? [];
        var owner = pod.Metadata.OwnerReferences?.FirstOrDefault(o => o.Controller == true) ?? pod.Metadata.OwnerReferences?.FirstOrDefault();
        return MapValue.Of(
            ("name", pod.Metadata.Name ?? string.Empty),
            ("namespace", pod.Metadata.NamespaceProperty ?? string.Empty),
            ("node", pod.Spec?.NodeName ?? string.Empty),
            ("phase", pod.Status?.Phase ?? "Unknown"),
            ("ready", statuses.Count > 0 && statuses.All(s => s.Ready)),
            ("restarts", (long)statuses.Sum(s => s.RestartCount)),
            ("memory_ratio", UsageRatio(pod, metrics, "memory")),
            ("cpu_ratio", UsageRatio(pod, metrics, "cpu")),
            ("age", Age(pod.Metadata.CreationTimestamp, now)),
            ("owner", owner?.Name ?? string.Empty),
            ("labels", Labels(pod.Metadata.Labels)));
    }

    public static MapValue Deployment(V1Deployment deployment, DateTimeOffset now)
    {
        var annotations = deployment.Metadata.Annotations;
        var revision = annotations is not null && annotations.TryGetValue(RevisionAnnotation, out var r) && long.TryParse(r, out var parsed) ? parsed : 0;
        var progressing = deployment.Status?.Conditions?.FirstOrDefault(c => c.Type == "Progressing");
        return MapValue.Of(
            ("name", deployment.Metadata.Name ?? string.Empty),
            ("namespace", deployment.Metadata.NamespaceProperty ?? string.Empty),
            ("replicas", (long)(deployment.Spec?.Replicas ?? 1)),
            ("ready_replicas", (long)(deployment.Status?.ReadyReplicas ?? 0)),
            ("available_replicas", (long)(deployment.Status?.AvailableReplicas ?? 0)),
            ("revision", revision),
            ("image", deployment.Spec?.Template?.Spec?.Containers?.FirstOrDefault()?.Image ?? string.Empty),
            // The last rollout is when the Progressing condition last changed; a fresh object has only its creation time.
            ("age", Age(progressing?.LastTransitionTime ?? deployment.Metadata.CreationTimestamp, now)),
            ("labels", Labels(deployment.Metadata.Labels)));
    }

    public static MapValue Node(V1Node node, NodeMetrics? metrics, int pods)
    {
        var conditions = node.Status?.Conditions ?? [];
        bool Condition(string type) => conditions.Any(c => c.Type == type && c.Status == "True");
        var labels = node.Metadata.Labels ?? new Dictionary<string, string>();
        var pool = labels.TryGetValue("node.kubernetes.io/pool", out var p) ? p
            : labels.TryGetValue("eks.amazonaws.com/nodegroup", out var eks) ? eks
            : labels.TryGetValue("cloud.google.com/gke-nodepool", out var gke) ? gke
            : labels.TryGetValue("agentpool", out var aks) ? aks : string.Empty;
        return MapValue.Of(
            ("name", node.Metadata.Name ?? string.Empty),
            ("ready", Condition("Ready")),
            ("schedulable", node.Spec?.Unschedulable != true),
            ("pool", pool),
            ("zone", labels.TryGetValue("topology.kubernetes.io/zone", out var zone) ? zone : string.Empty),
            ("memory_ratio", Ratio(metrics?.Usage, node.Status?.Allocatable, "memory")),
            ("cpu_ratio", Ratio(metrics?.Usage, node.Status?.Allocatable, "cpu")),
            ("disk_pressure", Condition("DiskPressure")),
            ("memory_pressure", Condition("MemoryPressure")),
            ("pods", (long)pods),
            ("labels", Labels(labels)));
    }

    /// <summary>
    /// The container closest to its limit decides (it is the one that gets OOM-killed or throttled); a container
    /// without a limit counts as 0.0.
    /// </summary>
    private static double UsageRatio(V1Pod pod, PodMetrics? metrics, string resource)
    {
        if (metrics is null)
        {
            return 0;
        }

        var worst = 0.0;
        foreach (var container in pod.Spec?.Containers ?? [])
        {
            var usage = metrics.Containers?.FirstOrDefault(c => c.Name == container.Name)?.Usage;
            worst = Math.Max(worst, Ratio(usage, container.Resources?.Limits, resource));
        }

        return worst;
    }

    private static double Ratio(IDictionary<string, ResourceQuantity>? usage, IDictionary<string, ResourceQuantity>? limit, string resource)
    {
        if (usage is null || limit is null || !usage.TryGetValue(resource, out var used) || !limit.TryGetValue(resource, out var max))
        {
            return 0;
        }

        var capacity = (double)max.ToDecimal();
        return capacity <= 0 ? 0 : (double)used.ToDecimal() / capacity;
    }

    private static TimeSpan Age(DateTime? since, DateTimeOffset now) =>
        since is { } at ? TimeSpan.FromTicks(Math.Max(0, (now - new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc))).Ticks)) : TimeSpan.Zero;

    private static MapValue Labels(IDictionary<string, string>? labels) =>
        labels is null ? MapValue.Empty : new MapValue(labels.Select(l => new KeyValuePair<string, RValue>(l.Key, l.Value)));
}
