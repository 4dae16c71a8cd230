using Remedy.Compiler.Tests.Support;

namespace Remedy.Compiler.Tests.Analysis;

public sealed class BoundsTests
{
    private static Remedy.Compiler.Analysis.TargetList OnlyTarget(string members)
    {
        var playbook = Compile.Playbook(Compile.Restart(members), "p");
        return Assert.Single(playbook.TargetLists);
    }

    [Fact]
    public void Take_bounds_a_query_with_max_results()
    {
        var target = OnlyTarget("""
            let pods = k8s.pods(namespace: "payments", selector: "app=x") | where it.ready | take 3
            step s { for p in pods { k8s.restart_pod(p) } }
            """);
        Assert.Equal(3, target.Bound.Value);
        Assert.Equal("`pods`", target.Display);
    }

    [Fact]
    public void Query_max_results_is_the_bound_without_take()
    {
        var target = OnlyTarget("""
            step s { for p in k8s.pods(namespace: "payments", selector: "app=x") | where it.ready | sort by it.restarts desc { k8s.restart_pod(p) } }
            """);
        Assert.Equal(150000, target.Bound.Value);
        Assert.Contains("at most 150000", target.Bound.Reason);
    }

    [Fact]
    public void Take_larger_than_the_source_keeps_the_source_bound()
    {
        var target = OnlyTarget("""
            let a = k8s.deployment(namespace: "payments", name: "a")
            step s { for d in [a, a] | take 5 { k8s.scale(d, 2) } }
            """);
        Assert.Equal(2, target.Bound.Value);
    }

    [Fact]
    public void A_query_without_max_results_and_no_take_is_unbounded()
    {
        var target = OnlyTarget("""
            step s { for d in k8s.deployments(namespace: "payments", selector: "app=x") | where it.replicas > 2 { k8s.scale(d, 2) } }
            """);
        Assert.Null(target.Bound.Value);
    }

    [Fact]
    public void Lets_are_followed_and_a_constant_take_count_is_used()
    {
        var target = OnlyTarget("""
            let limit = 2
            let all_pods = k8s.pods(namespace: "payments", selector: "app=x")
            let some = all_pods | where it.memory_ratio > 0.9
            let few = some | take limit
            step s { for p in few { k8s.restart_pod(p) } }
            """);
        Assert.Equal(2, target.Bound.Value);
        Assert.True(target.Provenance.HasFilter);
        Assert.True(target.Provenance.HasTake);
        Assert.Equal("pods", target.Provenance.Query?.Name);
    }

    [Fact]
    public void A_single_resource_argument_is_one_target()
    {
        var target = OnlyTarget("""
            step s {
                let d = k8s.deployment(namespace: "payments", name: "checkout")
                k8s.scale(d, 3)
            }
            """);
        Assert.Equal(1, target.Bound.Value);
    }
}
