using Remedy.Compiler.Analysis;
using Remedy.Compiler.Tests.Support;

namespace Remedy.Compiler.Tests.Analysis;

public sealed class DurationTests
{
    [Fact]
    public void A_declared_step_timeout_is_one_attempt_and_retries_multiply_it()
    {
        var playbook = Compile.Playbook(Compile.Restart("""
            let pods = k8s.pods(namespace: "payments", selector: "app=x") | take 3
            step s {
                for p in pods batch 1 pause 30s { k8s.restart_pod(p) }
                retry 2 backoff 10s
                timeout 4m
            }
            verify within 5m { prom.query("up") > 0 }
            """), "p");
        var step = Assert.Single(playbook.Steps);
        Assert.Equal(TimeSpan.FromMinutes(4), step.WorstCasePerAttempt);
        Assert.Equal(TimeSpan.FromMinutes(12) + TimeSpan.FromSeconds(20), step.WorstCase);
        Assert.Equal(TimeSpan.FromMinutes(17) + TimeSpan.FromSeconds(20), playbook.WorstCase);
        Assert.Equal("17m20s", DurationText.Format(playbook.WorstCase));
    }

    [Fact]
    public void Without_a_step_timeout_calls_loops_waits_and_pauses_add_up()
    {
        // restart_pod 60s × 3 pods + 2 pauses × 30s (3 batches of 1) + wait 20s = 4m20s per attempt.
        var playbook = Compile.Playbook(Compile.Restart("""
            let pods = k8s.pods(namespace: "payments", selector: "app=x") | take 3
            step s {
                for p in pods batch 1 pause 30s { k8s.restart_pod(p) }
                wait 20s
            }
            """), "p");
        Assert.Equal(TimeSpan.FromSeconds(180 + 60 + 20), Assert.Single(playbook.Steps).WorstCase);
    }

    [Fact]
    public void Batches_reduce_the_pauses()
    {
        // 4 deployments in batches of 2 → 2 batches → 1 pause; scale 30s × 4.
        var playbook = Compile.Playbook(Compile.Restart("""
            let a = k8s.deployment(namespace: "payments", name: "a")
            step s {
                for d in [a, a, a, a] batch 2 pause 1m { k8s.scale(d, 2) }
            }
            """, "blast_radius { max_targets 4 }\n    timeout 30m"), "p");
        var step = Assert.Single(playbook.Steps);
        // 4 × 30s scale + 4 × 10s deployment query is not in the loop; 1 pause of 1m.
        Assert.Equal(TimeSpan.FromMinutes(3), step.WorstCase);
    }

    [Fact]
    public void Choose_takes_the_longest_option_and_an_unbounded_loop_is_unknown()
    {
        var playbook = Compile.Playbook(Compile.Restart("""
            choose remedy by thompson {
                option quick { step a { timeout 1m } }
                option slow { step b { timeout 7m } verify within 1m { true } }
            }
            verify within 2m { true }
            """), "p");
        Assert.Equal(TimeSpan.FromMinutes(10), playbook.WorstCase);

        var unbounded = Compile.Playbook(Compile.Restart("""
            step s { for d in k8s.deployments(namespace: "payments", selector: "app=x") | where it.replicas > 1 { k8s.scale(d, 2) } }
            """), "p");
        Assert.Null(unbounded.WorstCase);
        Assert.Equal("unknown", DurationText.Format(unbounded.WorstCase));
    }

    [Fact]
    public void Effects_and_autonomy_are_computed()
    {
        var playbook = Compile.Playbook(Compile.Header + """
            playbook p {
                trigger alert "X"
                autonomy supervised
                promote to autonomous after 10 runs when success_rate >= 95%
                step look { let n = count(k8s.pods(namespace: "a", selector: "app=x")) }
                step act { k8s.scale(k8s.deployment(namespace: "a", name: "b"), 2) }
            }
            """, "p");
        Assert.Equal(Remedy.Syntax.Language.AutonomyLevel.Autonomous, playbook.HighestAutonomy);
        Assert.Equal(Remedy.Syntax.Language.AutonomyLevel.Supervised, playbook.DeclaredAutonomy);
        Assert.False(playbook.Steps[0].IsMutating);
        Assert.Contains(Remedy.Syntax.Language.EffectKind.ReadOnly, playbook.Steps[0].Effects);
        Assert.True(playbook.Steps[1].IsMutating);
    }
}
