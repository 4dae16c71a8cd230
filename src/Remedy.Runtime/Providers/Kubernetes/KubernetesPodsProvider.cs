using k8s;
using k8s.Autorest;
using k8s.Models;
using Remedy.Runtime.Values;

namespace Remedy.Runtime.Providers.Kubernetes;

/// <summary>
/// <c>k8s.pods(namespace, selector)</c>: the pods of a namespace matching a label selector, with memory and CPU use
/// over their limits from the metrics API. Fails, never truncates, past <see cref="KubernetesProviderOptions.MaxPods"/>.
/// </summary>
public sealed class KubernetesPodsProvider : IProvider
{
    private readonly KubernetesProviderOptions options;
    private readonly TimeProvider clock;

    /// <summary>Creates the provider.</summary>
    /// <param name="options">The cluster.</param>
    /// <param name="clock">Where "now" comes from, for ages.</param>
    public KubernetesPodsProvider(KubernetesProviderOptions options, TimeProvider? clock = null)
    {
        this.options = options;
        this.clock = clock ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public string Id => "k8s.pods";

    /// <inheritdoc />
    public Task<ProviderResult> ExecuteAsync(ProviderCall call, CancellationToken cancellationToken)
    {
        var badNamespace = KubernetesArgs.Name(call.Args, "namespace", out var ns);
        var badOther = KubernetesArgs.Selector(call.Args, out var selector);
        if ((badNamespace ?? badOther) is { } bad)
        {
            return Task.FromResult(bad);
        }

        return KubernetesCall.RunAsync($"listing pods in {ns}", async () =>
        {
            var pods = await options.Client.CoreV1.ListNamespacedPodAsync(ns, labelSelector: selector, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (pods.Items.Count > options.MaxPods)
            {
                return ProviderResult.Fail(FailureKind.Conflict, $"{pods.Items.Count} pods match '{selector}' in {ns}, more than the {options.MaxPods} allowed");
            }

            var metrics = await MetricsAsync(ns, cancellationToken).ConfigureAwait(false);
            var now = clock.GetUtcNow();
            return ProviderResult.Ok(new ListValue(pods.Items.Select(p =>
                (RValue)KubernetesMapper.Pod(p, metrics.GetValueOrDefault(p.Metadata.Name ?? string.Empty), now))));
        });
    }

    private async Task<Dictionary<string, PodMetrics>> MetricsAsync(string ns, CancellationToken cancellationToken)
    {
        try
        {
            var list = await options.Client.GetKubernetesPodsMetricsByNamespaceAsync(ns).WaitAsync(cancellationToken).ConfigureAwait(false);
            return list.Items.Where(m => m.Metadata?.Name is not null).ToDictionary(m => m.Metadata.Name, StringComparer.Ordinal);
        }
        catch (HttpOperationException e) when (KubernetesCall.IsNotFound(e))
        {
            // No metrics-server in this cluster: the ratios read 0.0 (as for a container without limits).
            return new Dictionary<string, PodMetrics>(StringComparer.Ordinal);
        }
    }
}
