namespace Remedy.LanguageServer.Tests.Support;

/// <summary>Documents the tests open, with positions found by markers rather than counted by hand.</summary>
public static class TestDocuments
{
    public const string Uri = "file:///work/payments.remedy";

    public const string Playbook = """
        module payments
        import std.k8s
        import std.prometheus as prom

        /// Recovers checkout from a memory leak.
        playbook checkout_memory_leak {
            trigger alert "HighMemoryUsage" where alert.labels["service"] == "checkout"
            autonomy supervised
            blast_radius {
                max_targets 3
                scope namespace "payments"
            }
            timeout 10m

            let pods = k8s.pods(namespace: "payments", selector: "app=checkout")
                | where it.memory_ratio > 0.9
                | take 3

            step restart "Restart the leaking pods" {
                for pod in pods batch 1 pause 30s {
                    k8s.restart_pod(pod)
                }
                retry 2 backoff 10s
                timeout 3m
            }

            verify within 2m every 15s {
                prom.query("max(container_memory_ratio)") < 0.8
            }

            on failure { rollback; escalate "payments-oncall" }
        }
        """;

    /// <summary>The 0-based line and character of the first occurrence of <paramref name="marker"/> (plus <paramref name="delta"/> characters).</summary>
    public static (int Line, int Character) PositionOf(string text, string marker, int delta = 0, int occurrence = 1)
    {
        var index = -1;
        for (var i = 0; i < occurrence; i++)
        {
            index = text.IndexOf(marker, index + 1, StringComparison.Ordinal);
            if (index < 0) throw new ArgumentException($"'{marker}' not found");
        }
        index += delta;
        var line = text[..index].Count(c => c == '\n');
        var lineStart = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        if (index == 0) lineStart = 0;
        return (line, index - lineStart);
    }
}
