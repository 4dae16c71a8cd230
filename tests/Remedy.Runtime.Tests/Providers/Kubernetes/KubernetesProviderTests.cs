using k8s;
using k8s.Models;
using Remedy.Runtime.Providers;
using Remedy.Runtime.Providers.Kubernetes;
using Remedy.Runtime.Values;

namespace Remedy.Runtime.Tests.Providers.Kubernetes;

/// <summary>
/// What the Kubernetes providers decide before or without the API server: argument checks, the refusal of bare
/// pods, the mapping of API objects to std.k8s records, and an unreachable server. The cluster tests are in
/// <see cref="KubernetesClusterTests"/>.
/// </summary>
public sealed class KubernetesProviderTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    // Port 1 on loopback: nothing listens, so any call that does reach for the API fails as unreachable.
    private readonly k8s.Kubernetes client = new(new KubernetesClientConfiguration { Host = "http://127.0.0.1:1" });

    private KubernetesProviderOptions Options => new() { Client = client };

    public void Dispose() => client.Dispose();

    [Fact]
    public async Task A_bare_pod_is_never_restarted()
    {
        var pod = MapValue.Of(("name", "debug"), ("namespace", "payments"), ("owner", ""));
        var result = await Call(new KubernetesRestartPodProvider(Options), ("pod", pod));
        Assert.Equal(FailureKind.Denied, result.Failure?.Kind);
        Assert.Contains("no owning controller", result.Failure!.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("*")]
    [InlineData("  ")]
    public async Task A_selector_that_matches_everything_is_refused(string selector)
    {
        var result = await Call(new KubernetesPodsProvider(Options), ("namespace", "payments"), ("selector", selector));
        Assert.Equal(FailureKind.BadArgument, result.Failure?.Kind);
        var nodes = await Call(new KubernetesNodesProvider(Options), ("selector", selector));
        Assert.Equal(FailureKind.BadArgument, nodes.Failure?.Kind);
    }

    [Fact]
    public async Task Bad_scale_and_rollout_arguments_are_refused()
    {
        var deployment = MapValue.Of(("name", "checkout"), ("namespace", "payments"));
        Assert.Equal(FailureKind.BadArgument, (await Call(new KubernetesScaleProvider(Options), ("deployment", deployment), ("replicas", -1))).Failure?.Kind);
        Assert.Equal(FailureKind.BadArgument, (await Call(new KubernetesRolloutToProvider(Options), ("deployment", deployment), ("revision", 0))).Failure?.Kind);
        Assert.Equal(FailureKind.BadArgument, (await Call(new KubernetesScaleProvider(Options), ("deployment", MapValue.Of(("name", "x"))), ("replicas", 2))).Failure?.Kind);
        Assert.Equal(FailureKind.BadArgument, (await Call(new KubernetesSchedulingProvider(Options, cordon: true), ("node", "n1"))).Failure?.Kind);
    }

    [Fact]
    public async Task An_unreachable_api_server_is_unavailable()
    {
        var result = await Call(new KubernetesPodsProvider(Options), ("namespace", "payments"), ("selector", "app=checkout"));
        Assert.Equal(FailureKind.Unavailable, result.Failure?.Kind);
        Assert.Contains("could not be reached", result.Failure!.Message);
    }

    [Fact]
    public void A_pod_maps_to_the_std_k8s_record_with_the_worst_container_ratio()
    {
        var pod = new V1Pod
        {
            Metadata = new V1ObjectMeta
            {
                Name = "checkout-7d9f-abc",
                NamespaceProperty = "payments",
                CreationTimestamp = Now.UtcDateTime.AddMinutes(-90),
                Labels = new Dictionary<string, string> { ["app"] = "checkout" },
                OwnerReferences = [new V1OwnerReference { Name = "checkout-7d9f", Kind = "ReplicaSet", Controller = true, ApiVersion = "apps/v1", Uid = "u1" }],
            },
            Spec = new V1PodSpec
            {
                NodeName = "node-a",
                Containers =
                [
                    new V1Container { Name = "app", Resources = new V1ResourceRequirements { Limits = new Dictionary<string, ResourceQuantity> { ["memory"] = new("1Gi"), ["cpu"] = new("2") } } },
                    new V1Container { Name = "sidecar" },
                ],
            },
            Status = new V1PodStatus
            {
                Phase = "Running",
                ContainerStatuses =
                [
                    new V1ContainerStatus { Name = "app", Ready = true, RestartCount = 3, Image = "i", ImageID = "i" },
                    new V1ContainerStatus { Name = "sidecar", Ready = true, RestartCount = 1, Image = "i", ImageID = "i" },
                ],
            },
        };
        var metrics = new PodMetrics
        {
            Metadata = new V1ObjectMeta { Name = "checkout-7d9f-abc" },
            Containers =
            [
                new ContainerMetrics { Name = "app", Usage = new Dictionary<string, ResourceQuantity> { ["memory"] = new("768Mi"), ["cpu"] = new("500m") } },
                new ContainerMetrics { Name = "sidecar", Usage = new Dictionary<string, ResourceQuantity> { ["memory"] = new("5Gi"), ["cpu"] = new("1") } },
            ],
        };

        var record = KubernetesMapper.Pod(pod, metrics, Now);

        Assert.Equal(new StringValue("payments"), record.Get("namespace"));
        Assert.Equal(new StringValue("node-a"), record.Get("node"));
        Assert.Equal(BoolValue.Of(true), record.Get("ready"));
        Assert.Equal(new IntValue(4), record.Get("restarts"));
        Assert.Equal(new NumberValue(0.75), record.Get("memory_ratio"));
        Assert.Equal(new NumberValue(0.25), record.Get("cpu_ratio"));
        Assert.Equal(new DurationValue(TimeSpan.FromMinutes(90)), record.Get("age"));
        Assert.Equal(new StringValue("checkout-7d9f"), record.Get("owner"));
        Assert.Equal(MapValue.Of(("app", "checkout")), record.Get("labels"));
        Assert.Equal("payments/checkout-7d9f-abc", TargetKey.Of(record));
    }

    [Fact]
    public void A_deployment_and_a_node_map_to_their_std_k8s_records()
    {
        var deployment = KubernetesMapper.Deployment(new V1Deployment
        {
            Metadata = new V1ObjectMeta
            {
                Name = "checkout",
                NamespaceProperty = "payments",
                CreationTimestamp = Now.UtcDateTime.AddDays(-3),
                Annotations = new Dictionary<string, string> { [KubernetesMapper.RevisionAnnotation] = "7" },
            },
            Spec = new V1DeploymentSpec
            {
                Replicas = 4,
                Selector = new V1LabelSelector(),
                Template = new V1PodTemplateSpec { Spec = new V1PodSpec { Containers = [new V1Container { Name = "app", Image = "shop/checkout:1.4" }] } },
            },
            Status = new V1DeploymentStatus { ReadyReplicas = 3, AvailableReplicas = 3 },
        }, Now);
        Assert.Equal(new IntValue(4), deployment.Get("replicas"));
        Assert.Equal(new IntValue(3), deployment.Get("ready_replicas"));
        Assert.Equal(new IntValue(7), deployment.Get("revision"));
        Assert.Equal(new StringValue("shop/checkout:1.4"), deployment.Get("image"));
        Assert.Equal(new DurationValue(TimeSpan.FromDays(3)), deployment.Get("age"));

        var node = KubernetesMapper.Node(new V1Node
        {
            Metadata = new V1ObjectMeta
            {
                Name = "node-a",
                Labels = new Dictionary<string, string> { ["node.kubernetes.io/pool"] = "batch", ["topology.kubernetes.io/zone"] = "eu-1a" },
            },
            Spec = new V1NodeSpec { Unschedulable = true },
            Status = new V1NodeStatus
            {
                Allocatable = new Dictionary<string, ResourceQuantity> { ["memory"] = new("8Gi"), ["cpu"] = new("4") },
                Conditions = [new V1NodeCondition { Type = "Ready", Status = "True" }, new V1NodeCondition { Type = "DiskPressure", Status = "True" }],
            },
        }, new NodeMetrics { Usage = new Dictionary<string, ResourceQuantity> { ["memory"] = new("2Gi"), ["cpu"] = new("1") } }, pods: 12);
        Assert.Equal(BoolValue.Of(true), node.Get("ready"));
        Assert.Equal(BoolValue.Of(false), node.Get("schedulable"));
        Assert.Equal(new StringValue("batch"), node.Get("pool"));
        Assert.Equal(new StringValue("eu-1a"), node.Get("zone"));
        Assert.Equal(new NumberValue(0.25), node.Get("memory_ratio"));
        Assert.Equal(BoolValue.Of(true), node.Get("disk_pressure"));
        Assert.Equal(BoolValue.Of(false), node.Get("memory_pressure"));
        Assert.Equal(new IntValue(12), node.Get("pods"));
    }

    private static Task<ProviderResult> Call(IProvider provider, params (string Name, RValue Value)[] args) =>
        provider.ExecuteAsync(new ProviderCall(provider.Id, MapValue.Of(args), "run-1/s/a/t/0", "run-1"), CancellationToken.None);
}
