using Remedy.Compiler.Analysis;
using Remedy.Compiler.Tests.Support;
using Remedy.Compiler.Workspace;

namespace Remedy.Compiler.Tests.Analysis;

public sealed class RiskDiffTests
{
    private const string Old = Compile.Header + """
        playbook restart {
            trigger alert "HighMemory"
            autonomy supervised
            cooldown 1h per target
            blast_radius { max_targets 3; max_percent 25%; scope namespace "payments" }
            circuit_breaker { trip after 3 failures within 1h; cooldown 30m }
            rate_limit 2 per 1h
            timeout 10m
            let pods = k8s.pods(namespace: "payments", selector: "app=x") | where it.ready | take 3
            step s {
                for p in pods { k8s.scale(k8s.deployment(namespace: "payments", name: p.owner), 2) }
                timeout 5m
            }
            verify within 2m { true }
        }
        """;

    private static RiskDiffResult Diff(string oldText, string newText) =>
        RiskDiff.Compare(new SourceDocument("old.remedy", oldText), new SourceDocument("new.remedy", newText));

    [Fact]
    public void The_same_text_is_not_riskier() => Assert.False(Diff(Old, Old).IsRiskier);

    [Fact]
    public void Tightening_guards_is_not_riskier()
    {
        var tighter = Old.Replace("max_targets 3", "max_targets 2").Replace("timeout 10m", "timeout 8m").Replace("take 3", "take 2");
        Assert.False(Diff(Old, tighter).IsRiskier);
    }

    [Fact]
    public void Each_widening_is_reported()
    {
        var wider = Old
            .Replace("autonomy supervised", "autonomy supervised\n    promote to autonomous after 5 runs")
            .Replace("max_targets 3", "max_targets 10")
            .Replace("max_percent 25%; ", "")
            .Replace("scope namespace \"payments\"", "scope namespace \"prod\"")
            .Replace("circuit_breaker { trip after 3 failures within 1h; cooldown 30m }", "")
            .Replace("rate_limit 2 per 1h", "rate_limit 10 per 1h")
            .Replace("cooldown 1h per target", "cooldown 10m per target")
            .Replace("timeout 10m", "timeout 30m")
            .Replace("take 3", "take 10")
            .Replace("timeout 5m\n", "k8s.restart_pod(p)\n        timeout 5m\n");
        var kinds = Diff(Old, wider).Findings.Select(f => f.Kind).ToHashSet();
        Assert.Contains(RiskFindingKind.AutonomyRaised, kinds);
        Assert.Contains(RiskFindingKind.PromotionEased, kinds);
        Assert.Contains(RiskFindingKind.MaxTargetsRaised, kinds);
        Assert.Contains(RiskFindingKind.MaxPercentRaised, kinds);
        Assert.Contains(RiskFindingKind.ScopeWidened, kinds);
        Assert.Contains(RiskFindingKind.CircuitBreakerRemoved, kinds);
        Assert.Contains(RiskFindingKind.RateLimitLoosened, kinds);
        Assert.Contains(RiskFindingKind.CooldownLoosened, kinds);
        Assert.Contains(RiskFindingKind.TimeoutLonger, kinds);
        Assert.Contains(RiskFindingKind.TargetsWidened, kinds);
        Assert.Contains(RiskFindingKind.NewIrreversibleCall, kinds);
    }

    [Fact]
    public void A_new_mutating_playbook_and_a_removed_blast_radius_are_reported()
    {
        var findings = Diff(Old, Old.Replace("blast_radius { max_targets 3; max_percent 25%; scope namespace \"payments\" }", "")
            + "\n" + Old.Replace("playbook restart", "playbook restart_again")).Findings;
        Assert.Contains(findings, f => f.Kind == RiskFindingKind.BlastRadiusRemoved && f.Playbook == "restart");
        Assert.Contains(findings, f => f.Kind == RiskFindingKind.MutatingPlaybookAdded && f.Playbook == "restart_again");
        Assert.All(findings, f => Assert.Equal("new.remedy", f.Path));
    }
}
