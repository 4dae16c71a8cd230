using k8s;
using k8s.Models;
using Remedy.Runtime.Values;

namespace Remedy.Runtime.Providers.Kubernetes;

/// <summary>
/// What <c>kubectl rollout undo [--to-revision]</c> does: find the deployment's ReplicaSet for a revision and put its
/// pod template back on the deployment, which the controller rolls out as a new revision.
/// </summary>
internal static class KubernetesRollout
{
    public static async Task<ProviderResult> ToRevisionAsync(IKubernetes client, string ns, string name, long? revision, CancellationToken cancellationToken)
    {
        var deployment = await client.AppsV1.ReadNamespacedDeploymentAsync(name, ns, cancellationToken: cancellationToken).ConfigureAwait(false);
        var current = RevisionOf(deployment.Metadata);
        var selector = string.Join(',', (deployment.Spec.Selector?.MatchLabels ?? new Dictionary<string, string>()).Select(l => $"{l.Key}={l.Value}"));
        var sets = await client.AppsV1.ListNamespacedReplicaSetAsync(ns, labelSelector: selector, cancellationToken: cancellationToken).ConfigureAwait(false);
        var history = sets.Items
            .Where(rs => rs.Metadata.OwnerReferences?.Any(o => o.Uid == deployment.Metadata.Uid) == true)
            .Select(rs => (Set: rs, Revision: RevisionOf(rs.Metadata)))
            .Where(h => h.Revision > 0)
            .ToList();

        var target = revision is { } wanted
            ? history.FirstOrDefault(h => h.Revision == wanted)
            : history.Where(h => h.Revision < current).OrderByDescending(h => h.Revision).FirstOrDefault();
        if (target.Set is null)
        {
            return ProviderResult.Fail(
                FailureKind.Conflict,
                revision is { } r
                    ? $"deployment {ns}/{name} has no revision {r} in its history (revisionHistoryLimit may have dropped it)"
                    : $"deployment {ns}/{name} has no previous revision to roll back to");
        }

        if (target.Revision == current)
        {
            return ProviderResult.Ok(MapValue.Of(("deployment", $"{ns}/{name}"), ("revision", current), ("changed", false)));
        }

        var template = target.Set.Spec.Template;
        template.Metadata?.Labels?.Remove("pod-template-hash");
        var patch = new V1Patch(
            "[{\"op\":\"replace\",\"path\":\"/spec/template\",\"value\":" + KubernetesJson.Serialize(template) + "}]",
            V1Patch.PatchType.JsonPatch);
        await client.AppsV1.PatchNamespacedDeploymentAsync(patch, name, ns, cancellationToken: cancellationToken).ConfigureAwait(false);
        return ProviderResult.Ok(MapValue.Of(("deployment", $"{ns}/{name}"), ("revision", target.Revision), ("changed", true)));
    }

    private static long RevisionOf(V1ObjectMeta metadata) =>
        metadata.Annotations is { } a && a.TryGetValue(KubernetesMapper.RevisionAnnotation, out var text) && long.TryParse(text, out var r) ? r : 0;
}
