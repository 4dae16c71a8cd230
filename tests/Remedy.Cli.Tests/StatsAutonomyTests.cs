using System.Text.Json;
using Remedy.Runtime.Journal;
using Remedy.Runtime.Storage;

namespace Remedy.Cli.Tests;

public sealed class StatsAutonomyTests
{
    private const string Playbook = """
        module web
        import std.files

        playbook rotate_logs {
            trigger alert "DiskFull"
            autonomy supervised
            promote to autonomous after 5 runs when success_rate >= 80%
            blast_radius { max_targets 1 }
            circuit_breaker { trip after 3 failures within 1h; cooldown 30m }
            timeout 15m
            step compress { files.compress("/var/log/app.log") }
            verify within 1m { files.disk_usage("/var/log").used_ratio < 0.9 }
        }
        """;

    private static string Seed(TempFolder folder, int successes, int failures)
    {
        var path = Path.Combine(folder.Path, "remedy.db");
        Assert.True(SqliteStore.TryOpen(path, SqliteDurability.Full, out var store, out var error), error);
        using (store)
        {
            var at = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
            for (var i = 0; i < successes + failures; i++)
            {
                var id = $"run-{i}";
                store!.TryStartRun(new RunRecord(id, "rotate_logs", "alertmanager", false, at.AddHours(i)));
                store.MarkActed(id);
                store.TryEndRun(id, i < successes ? RunOutcome.Succeeded : RunOutcome.Failed, at.AddHours(i).AddMinutes(1), "done");
            }
        }
        return path;
    }

    [Fact]
    public void A_short_record_shows_the_declared_level_and_what_the_promotion_still_needs()
    {
        using var folder = new TempFolder();
        var state = Seed(folder, successes: 6, failures: 0);
        var file = folder.Write("logs.remedy", Playbook);
        var (code, output, error) = CliRunner.Run("stats", "--state", state, "--playbooks", file);
        Assert.True(code == 0, output + error);
        Assert.Contains("rotate_logs", output);
        Assert.Contains("supervised", output);
        Assert.Contains("to autonomous after 5 runs", output);
        Assert.Contains("6/6 succeeded", output);
        Assert.Contains("more successful run(s)", output);
    }

    [Fact]
    public void A_strong_record_shows_the_promoted_level_in_json()
    {
        using var folder = new TempFolder();
        var state = Seed(folder, successes: 40, failures: 0);
        var file = folder.Write("logs.remedy", Playbook);
        var (code, output, error) = CliRunner.Run("stats", "--state", state, "--playbooks", file, "--format", "json");
        Assert.True(code == 0, output + error);
        using var document = JsonDocument.Parse(output[output.IndexOf('{')..(output.LastIndexOf('}') + 1)]);
        var autonomy = document.RootElement.GetProperty("autonomy")[0];
        Assert.Equal("autonomous", autonomy.GetProperty("effective").GetString());
        Assert.Equal("supervised", autonomy.GetProperty("declared").GetString());
        Assert.True(autonomy.GetProperty("ruleHolds").GetBoolean());
        Assert.True(autonomy.GetProperty("wilsonLower").GetDouble() >= 0.8);
    }
}
