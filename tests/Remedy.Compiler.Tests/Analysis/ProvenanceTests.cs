using Remedy.Compiler.Tests.Support;

namespace Remedy.Compiler.Tests.Analysis;

public sealed class ProvenanceTests
{
    [Fact]
    public void Literal_query_arguments_and_where_filters_become_constraints()
    {
        var playbook = Compile.Playbook(Compile.Restart("""
            let pods = k8s.pods(namespace: "payments", selector: "app=x") | where it.node == "n1" and it.memory_ratio > 0.5 | take 2
            step s { for p in pods { k8s.restart_pod(p) } }
            """), "p");
        var provenance = Assert.Single(playbook.TargetLists).Provenance;
        Assert.Contains(provenance.Constraints, c => c.Field == "namespace" && c.Value == "payments" && c.Origin.Contains("argument"));
        Assert.Contains(provenance.Constraints, c => c.Field == "node" && c.Value == "n1" && c.Origin.Contains("filter"));
        Assert.DoesNotContain(provenance.Constraints, c => c.Field == "selector");
        Assert.False(provenance.IsUnfilteredPopulation);
    }

    [Fact]
    public void A_non_literal_argument_proves_nothing()
    {
        var playbook = Compile.Playbook(Compile.Restart("""
            let pods = k8s.pods(namespace: alert.labels["namespace"], selector: "app=x") | take 2
            step s { for p in pods { k8s.restart_pod(p) } }
            """), "p");
        var provenance = Assert.Single(playbook.TargetLists).Provenance;
        Assert.DoesNotContain(provenance.Constraints, c => c.Field == "namespace");
        Assert.True(provenance.HasTake);
        Assert.False(provenance.HasFilter);
    }

    [Fact]
    public void A_raw_population_query_is_flagged()
    {
        var playbook = Compile.Playbook(Compile.Restart("""
            step s { for p in k8s.pods(namespace: "payments", selector: "app=x") { k8s.restart_pod(p) } }
            """), "p");
        Assert.True(Assert.Single(playbook.TargetLists).Provenance.IsUnfilteredPopulation);
    }
}
