using Remedy.Cli.Tests.Runtime;

namespace Remedy.Cli.Tests.Running;

/// <summary><c>remedy replay</c>: every alert file planned, one summary table, a CI exit code.</summary>
public sealed class ReplayCommandTests
{
    private static string Examples([System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "examples"));

    [Fact]
    public void Every_example_alert_matches_a_playbook_and_no_plan_is_refused()
    {
        using var folder = new TempFolder();
        var config = folder.Write("empty.runtime.json", "{ }");

        var (code, output, error) = CliRunner.Run("replay", Path.Combine(Examples(), "alerts"), Examples(), "--state", Path.Combine(folder.Path, "remedy.db"), "--config", config);

        Assert.True(code == ExitCodes.Success, output + error);
        var files = Directory.GetFiles(Path.Combine(Examples(), "alerts"), "*.json");
        foreach (var file in files)
        {
            Assert.Contains(Path.GetFileName(file), output);
        }

        Assert.Contains("var_log_disk_full.json", output);
        Assert.Contains("orders_queue_backlog_cleared", output);
        Assert.Contains($"{files.Length} alert file(s), {files.Length} row(s), 0 problem(s); nothing was changed", output);
        Assert.DoesNotContain("NO PLAYBOOK", output);
    }

    [Fact]
    public void An_alert_without_a_playbook_or_a_malformed_file_fails_the_replay()
    {
        using var workspace = new RunWorkspace();
        var playbooks = workspace.WritePlaybooks();
        workspace.Alert(file: "alerts/disk.json");
        workspace.Alert(name: "CpuHigh", file: "alerts/cpu.json");
        workspace.Fixture.Folder.Write("alerts/broken.json", "{ \"version\": \"4\", ");

        var (code, output, error) = CliRunner.Run("replay", Path.Combine(workspace.Folder, "alerts"), playbooks, "--state", workspace.Fixture.State, "--config", workspace.Fixture.Config);

        Assert.Equal(ExitCodes.Diagnostics, code);
        Assert.Contains("NO PLAYBOOK", output);
        Assert.Contains("unreadable (see above)", output);
        Assert.Contains("3 mutation(s) planned in 1 mutating step(s)", output);
        Assert.Contains("2 problem(s)", output);
        Assert.Contains("broken.json: the alert is not valid JSON", error);
        Assert.Equal(StateFixture.Logs, workspace.Fixture.RemainingLogs());
    }

    [Fact]
    public void A_missing_alert_folder_is_bad_usage()
    {
        using var workspace = new RunWorkspace();
        var playbooks = workspace.WritePlaybooks();

        var (code, _, error) = CliRunner.Run("replay", Path.Combine(workspace.Folder, "nope"), playbooks);

        Assert.Equal(ExitCodes.BadUsage, code);
        Assert.Contains("is not a folder of alert files", error);
    }
}
