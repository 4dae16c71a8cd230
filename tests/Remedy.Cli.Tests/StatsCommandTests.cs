using System.Text.Json;
using Remedy.Runtime.Journal;
using Remedy.Runtime.Learning;
using Remedy.Runtime.Storage;

namespace Remedy.Cli.Tests;

public sealed class StatsCommandTests
{
    private static string Seed(TempFolder folder)
    {
        var path = Path.Combine(folder.Path, "remedy.db");
        Assert.True(SqliteStore.TryOpen(path, SqliteDurability.Full, out var store, out var error), error);
        using (store)
        {
            var start = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
            for (var i = 0; i < 10; i++)
            {
                var runId = $"run-{i}";
                var at = start.AddHours(i);
                store!.TryStartRun(new RunRecord(runId, "restart_web", "alertmanager", false, at));
                store.MarkActed(runId);
                store.TryEndRun(runId, i < 8 ? RunOutcome.Succeeded : RunOutcome.Failed, at.AddMinutes(2), "done");
                store.AppendOutcome(new LearningOutcome(runId, "restart_web", "remedy", i % 2 == 0 ? "restart" : "scale_out", ["s:web"],
                    0.5, i < 8, TimeSpan.FromMinutes(2), i >= 8, at.AddMinutes(2)));
            }
            // Neither a dry run nor a refused run says anything about the remedy.
            store!.TryStartRun(new RunRecord("dry", "restart_web", "alertmanager", true, start));
            store.TryEndRun("dry", RunOutcome.Planned, start, "planned");
            store.TryStartRun(new RunRecord("refused", "restart_web", "alertmanager", false, start));
            store.TryEndRun("refused", RunOutcome.Refused, start, "paused");
        }
        return path;
    }

    [Fact]
    public void Prints_success_rate_mttr_and_human_intervention_per_playbook()
    {
        using var folder = new TempFolder();
        var state = Seed(folder);
        var (code, output, error) = CliRunner.Run("stats", "--state", state);
        Assert.True(code == 0, output + error);
        Assert.Contains("restart_web", output);
        Assert.Contains("80.0% [", output);
        Assert.Contains("2m00s", output);
        Assert.Contains("20.0%", output);
        Assert.Contains("restart_web/remedy", output);
    }

    [Fact]
    public void Json_has_the_figures_and_the_plot_is_an_svg()
    {
        using var folder = new TempFolder();
        var state = Seed(folder);
        var plot = Path.Combine(folder.Path, "curves.svg");
        var (code, output, error) = CliRunner.Run("stats", "--state", state, "--format", "json", "--plot", plot);
        Assert.True(code == 0, output + error);
        using var document = JsonDocument.Parse(output[..(output.LastIndexOf('}') + 1)]);
        var overall = document.RootElement.GetProperty("overall");
        Assert.Equal(10, overall.GetProperty("runs").GetInt32());
        Assert.Equal(0.8, overall.GetProperty("successRate").GetDouble(), 3);
        Assert.Equal(120, overall.GetProperty("mttrSeconds").GetDouble(), 3);
        Assert.True(overall.GetProperty("successRateLower").GetDouble() < 0.8);
        Assert.StartsWith("<svg", File.ReadAllText(plot).TrimStart());
    }

    [Fact]
    public void A_missing_state_file_is_explained()
    {
        using var folder = new TempFolder();
        var (code, _, error) = CliRunner.Run("stats", "--state", Path.Combine(folder.Path, "none.db"));
        Assert.Equal(2, code);
        Assert.Contains("none.db", error);
        Assert.DoesNotContain("   at ", error);
    }
}
