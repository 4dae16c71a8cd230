using System.Text;

namespace Remedy.Benchmarks;

/// <summary>Generates realistic playbook source of a requested size, deterministically.</summary>
internal static class CorpusGenerator
{
    private const string Template = """
        /// Recovers service {0} from a memory leak.
        playbook memory_leak_{0} {{
            trigger alert "HighMemoryUsage" where alert.labels["service"] == "svc{0}" and alert.value > 0.9
            autonomy supervised
            promote to supervised after 20 runs when success_rate >= 95%
            blast_radius {{
                max_targets 3
                max_percent 25%
                scope namespace "ns{0}"
            }}
            circuit_breaker {{ trip after 3 failures within 1h; cooldown 30m }}
            rate_limit 5 per 1h
            timeout 15m

            let pods = k8s.pods(namespace: "ns{0}", selector: "app=svc{0}")
                | where it.memory_ratio > 0.9 and it.ready
                | sort by it.memory_ratio desc
                | take 3

            step restart "Restart the leaking pods of svc{0}" {{
                for pod in pods batch 1 pause 30s {{
                    k8s.restart_pod(pod)
                }}
                retry 2 backoff 10s
                timeout 3m
            }}

            verify within 2m every 15s {{
                prom.query("max(container_memory_ratio{{app='svc{0}'}})") < 0.8
            }}

            on failure {{ rollback; escalate "oncall-{0}" }}
            on success {{ notify "ops" "svc{0} recovered after ${{alert.value}}" }}
        }}


        """;

    /// <summary>Lines in one generated playbook.</summary>
    public static int LinesPerPlaybook { get; } = string.Format(Template, 0).Split('\n').Length - 1;

    /// <summary>Source files of about <paramref name="playbooksPerFile"/> playbooks each, <paramref name="totalLines"/> lines in all.</summary>
    public static List<string> Files(int totalLines, int playbooksPerFile)
    {
        var playbooks = Math.Max(1, totalLines / LinesPerPlaybook);
        var files = new List<string>();
        for (var start = 0; start < playbooks; start += playbooksPerFile)
        {
            var text = new StringBuilder("module bench.m").Append(start).Append("\nimport std.k8s\nimport std.prometheus as prom\n\n");
            for (var i = start; i < Math.Min(playbooks, start + playbooksPerFile); i++) text.AppendFormat(Template, i);
            files.Add(text.ToString());
        }
        return files;
    }
}
