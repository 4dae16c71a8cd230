using k8s;
using k8s.Models;
using Remedy.Runtime.Providers;
using Remedy.Runtime.Providers.Kubernetes;
using Remedy.Runtime.Tests.Support;
using Remedy.Runtime.Values;

namespace Remedy.Runtime.Tests.Providers.Kubernetes;

/// <summary>
/// The Kubernetes providers against the cluster KUBECONFIG names, in a namespace of their own that is deleted
/// afterwards. Deployments have zero replicas, so no image is pulled and no node is touched.
/// </summary>
public sealed class KubernetesClusterTests : IDisposable
{
    private readonly k8s.Kubernetes? client;
    private readonly string ns = "remedy-test-" + Guid.NewGuid().ToString("N")[..8];

    public KubernetesClusterTests()
    {
        if (KubernetesFactAttribute.Kubeconfig is { } path)
        {
            client = new k8s.Kubernetes(KubernetesClientConfiguration.BuildConfigFromConfigFile(path));
            client.CoreV1.CreateNamespace(new V1Namespace { Metadata = new V1ObjectMeta { Name = ns } });
        }
    }

    private KubernetesProviderOptions Options => new() { Client = client! };

    public void Dispose()
    {
        if (client is not null)
        {
            client.CoreV1.DeleteNamespace(ns);
            client.Dispose();
        }
    }

    [KubernetesFact]
    public async Task Scale_sets_the_replicas_and_deployment_reads_them_back()
    {
        CreateDeployment("web", "v1");
        var record = (MapValue)(await Call(new KubernetesDeploymentProvider(Options), ("namespace", ns), ("name", "web"))).Value;
        Assert.Equal(new IntValue(0), record.Get("replicas"));

        var scaled = await Call(new KubernetesScaleProvider(Options), ("deployment", record), ("replicas", 2));
        Assert.True(scaled.Succeeded, scaled.Failure?.Message);
        var after = (MapValue)(await Call(new KubernetesDeploymentProvider(Options), ("namespace", ns), ("name", "web"))).Value;
        Assert.Equal(new IntValue(2), after.Get("replicas"));

        var listed = await Call(new KubernetesDeploymentsProvider(Options), ("namespace", ns), ("selector", "app=web"));
        Assert.Single(((ListValue)listed.Value).Items);

        var missing = await Call(new KubernetesDeploymentProvider(Options), ("namespace", ns), ("name", "nope"));
        Assert.Equal(FailureKind.NotFound, missing.Failure?.Kind);
    }

    [KubernetesFact]
    public async Task Rollout_undo_returns_to_the_previous_template_and_rollout_to_goes_forward_again()
    {
        CreateDeployment("api", "v1");
        await WaitForRevisionAsync("api", 1);
        var patch = new V1Patch("""{"spec":{"template":{"metadata":{"annotations":{"version":"v2"}}}}}""", V1Patch.PatchType.MergePatch);
        await client!.AppsV1.PatchNamespacedDeploymentAsync(patch, "api", ns);
        await WaitForRevisionAsync("api", 2);
        var record = MapValue.Of(("name", "api"), ("namespace", ns));

        var undo = await Call(new KubernetesRolloutUndoProvider(Options), ("deployment", record));
        Assert.True(undo.Succeeded, undo.Failure?.Message);
        await WaitForRevisionAsync("api", 3);
        Assert.Equal("v1", (await client.AppsV1.ReadNamespacedDeploymentAsync("api", ns)).Spec.Template.Metadata.Annotations["version"]);

        var forward = await Call(new KubernetesRolloutToProvider(Options), ("deployment", record), ("revision", 2));
        Assert.True(forward.Succeeded, forward.Failure?.Message);
        await WaitForRevisionAsync("api", 4);
        Assert.Equal("v2", (await client.AppsV1.ReadNamespacedDeploymentAsync("api", ns)).Spec.Template.Metadata.Annotations["version"]);
    }

    [KubernetesFact]
    public async Task Pods_of_an_empty_selection_are_an_empty_list()
    {
        var result = await Call(new KubernetesPodsProvider(Options), ("namespace", ns), ("selector", "app=nothing-here"));
        Assert.True(result.Succeeded, result.Failure?.Message);
        Assert.Empty(((ListValue)result.Value).Items);
    }

    private void CreateDeployment(string name, string version)
    {
        var labels = new Dictionary<string, string> { ["app"] = name };
        client!.AppsV1.CreateNamespacedDeployment(new V1Deployment
        {
            Metadata = new V1ObjectMeta { Name = name, Labels = labels },
            Spec = new V1DeploymentSpec
            {
                Replicas = 0,
                Selector = new V1LabelSelector { MatchLabels = labels },
                Template = new V1PodTemplateSpec
                {
                    Metadata = new V1ObjectMeta { Labels = labels, Annotations = new Dictionary<string, string> { ["version"] = version } },
                    Spec = new V1PodSpec { Containers = [new V1Container { Name = "app", Image = "registry.invalid/none:0" }] },
                },
            },
        }, ns);
    }

    private async Task WaitForRevisionAsync(string name, int revision)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var d = await client!.AppsV1.ReadNamespacedDeploymentAsync(name, ns);
            if (d.Metadata.Annotations?.TryGetValue(KubernetesMapper.RevisionAnnotation, out var r) == true && r == revision.ToString())
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"deployment {name} did not reach revision {revision}");
            }

            await Task.Delay(250);
        }
    }

    private static Task<ProviderResult> Call(IProvider provider, params (string Name, RValue Value)[] args) =>
        provider.ExecuteAsync(new ProviderCall(provider.Id, MapValue.Of(args), "run-1/s/a/t/0", "run-1"), CancellationToken.None);
}
