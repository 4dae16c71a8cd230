using k8s;
using k8s.Autorest;
using k8s.Models;
using Remedy.Runtime.Values;

namespace Remedy.Runtime.Providers.Kubernetes;

/// <summary>
/// <c>k8s.nodes(selector)</c>: the nodes matching a label selector, with use over allocatable from the metrics API and
/// the number of pods scheduled on each. Fails, never truncates, past <see cref="KubernetesProviderOptions.MaxNodes"/>.
/// </summary>
public sealed class KubernetesNodesProvider : IProvider
{
    private readonly KubernetesProviderOptions options;

    /// <summary>Creates the provider.</summary>
    /// <param name="options">The cluster.</param>
    public KubernetesNodesProvider(KubernetesProviderOptions options) => this.options = options;

    /// <inheritdoc />
    public string Id => "k8s.nodes";

    /// <inheritdoc />
    public Task<ProviderResult> ExecuteAsync(ProviderCall call, CancellationToken cancellationToken)
    {
        if (KubernetesArgs.Selector(call.Args, out var selector) is { } bad)
        {
            return Task.FromResult(bad);
        }

        return KubernetesCall.RunAsync("listing nodes", async () =>
        {
            var nodes = await options.Client.CoreV1.ListNodeAsync(labelSelector: selector, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (nodes.Items.Count > options.MaxNodes)
            {
                return ProviderResult.Fail(FailureKind.Conflict, $"{nodes.Items.Count} nodes match '{selector}', more than the {options.MaxNodes} allowed");
            }

            var metrics = await MetricsAsync(cancellationToken).ConfigureAwait(false);
            var result = new List<RValue>();
            foreach (var node in nodes.Items)
            {
                var pods = await options.Client.CoreV1.ListPodForAllNamespacesAsync(
                    fieldSelector: $"spec.nodeName={node.Metadata.Name},status.phase!=Succeeded,status.phase!=Failed",
                    cancellationToken: cancellationToken).ConfigureAwait(false);
                result.Add(KubernetesMapper.Node(node, metrics.GetValueOrDefault(node.Metadata.Name ?? string.Empty), pods.Items.Count));
            }

            return ProviderResult.Ok(new ListValue(result));
        });
    }

    private async Task<Dictionary<string, NodeMetrics>> MetricsAsync(CancellationToken cancellationToken)
    {
        try
        {
            var list = await options.Client.GetKubernetesNodesMetricsAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
            return list.Items.Where(m => m.Metadata?.Name is not null).ToDictionary(m => m.Metadata.Name, StringComparer.Ordinal);
        }
        catch (HttpOperationException e) when (KubernetesCall.IsNotFound(e))
        {
            // No metrics-server: the ratios read 0.0.
            return new Dictionary<string, NodeMetrics>(StringComparer.Ordinal);
        }
    }
}
