using Microsoft.Data.Sqlite;
using Remedy.Cli.Tests.Runtime;

namespace Remedy.Cli.Tests.Running;

/// <summary><c>remedy run</c>: trigger matching, runs over real files, dry runs, and every bad input as a message.</summary>
public sealed class RunCommandTests
{
    [Fact]
    public void A_firing_alert_runs_the_highest_priority_playbook_of_a_module_and_every_other_module_s_match()
    {
        using var workspace = new RunWorkspace();
        var playbooks = workspace.WritePlaybooks();

        var (code, output, error) = workspace.Run(playbooks, workspace.Alert());

        Assert.True(code == ExitCodes.Success, output + error);
        Assert.Contains("trash_logs: starting on alert \"DiskFull\" (firing", output);
        Assert.Contains("note_disk_full: starting", output);
        Assert.Contains("report_disk: matched alert \"DiskFull\" (firing, fingerprint abc123) but a playbook of module ops with a higher priority runs instead", output);
        Assert.DoesNotContain("report_disk: starting", output);
        Assert.DoesNotContain("disk_recovered: starting", output);
        Assert.Contains("trash_logs succeeded with 3 mutation(s)", output);
        Assert.Contains("2 run(s): 2 succeeded", output);
        Assert.Empty(workspace.Fixture.RemainingLogs());
    }

    [Fact]
    public void A_resolved_alert_runs_only_the_resolved_trigger()
    {
        using var workspace = new RunWorkspace();
        var playbooks = workspace.WritePlaybooks();

        var (code, output, error) = workspace.Run(playbooks, workspace.Alert(status: "resolved"));

        Assert.True(code == ExitCodes.Success, output + error);
        Assert.Contains("disk_recovered: starting on alert \"DiskFull\" (resolved", output);
        Assert.Contains("disk recovered", output);
        Assert.Contains("1 run(s): 1 succeeded", output);
        Assert.Equal(StateFixture.Logs, workspace.Fixture.RemainingLogs());
    }

    [Fact]
    public void The_where_condition_is_evaluated_on_the_alert_s_fields()
    {
        using var workspace = new RunWorkspace();
        var playbooks = workspace.WritePlaybooks();

        // Below the value threshold, trash_logs does not match, so report_disk (same module, lower priority) runs.
        var low = workspace.Run(playbooks, workspace.Alert(value: "0.5"));
        Assert.True(low.ExitCode == ExitCodes.Success, low.Output + low.Error);
        Assert.Contains("report_disk: starting", low.Output);
        Assert.DoesNotContain("trash_logs: starting", low.Output);
        Assert.Equal(StateFixture.Logs, workspace.Fixture.RemainingLogs());

        // Another mount: neither ops playbook matches; only the audit module's unconditional trigger does.
        var other = workspace.Run(playbooks, workspace.Alert(mount: "/home", file: "home.json"));
        Assert.True(other.ExitCode == ExitCodes.Success, other.Output + other.Error);
        Assert.Contains("note_disk_full: starting", other.Output);
        Assert.DoesNotContain("report_disk: starting", other.Output);
        Assert.DoesNotContain("trash_logs: starting", other.Output);
    }

    [Fact]
    public void Playbook_restricts_the_run_to_one_matching_playbook()
    {
        using var workspace = new RunWorkspace();
        var playbooks = workspace.WritePlaybooks();

        var (code, output, error) = workspace.Run(playbooks, workspace.Alert(), "--playbook", "note_disk_full");

        Assert.True(code == ExitCodes.Success, output + error);
        Assert.Contains("1 run(s): 1 succeeded", output);
        Assert.DoesNotContain("trash_logs: starting", output);
        Assert.Equal(StateFixture.Logs, workspace.Fixture.RemainingLogs());
    }

    [Fact]
    public void A_dry_run_plans_the_mutations_and_acts_on_nothing()
    {
        using var workspace = new RunWorkspace();
        var playbooks = workspace.WritePlaybooks();

        var (code, output, error) = workspace.Run(playbooks, workspace.Alert(), "--dry-run");

        Assert.True(code == ExitCodes.Success, output + error);
        Assert.Contains("trash_logs planned 3 mutation(s) and performed none (dry run)", output);
        Assert.Contains("would std.files.move_to_trash on", output);
        Assert.Contains("rollback:", output);
        Assert.Contains("(dry run: nothing was changed)", output);
        Assert.Equal(StateFixture.Logs, workspace.Fixture.RemainingLogs());
        Assert.False(Directory.Exists(Path.Combine(workspace.Folder, "trash")) && Directory.EnumerateFileSystemEntries(Path.Combine(workspace.Folder, "trash")).Any());
    }

    [Fact]
    public void A_failed_run_is_compensated_exits_1_and_the_compensation_shows_in_history()
    {
        using var workspace = new RunWorkspace();
        // Verify expects a log to remain after all were trashed: it cannot pass, so the moves are undone.
        var playbooks = workspace.WritePlaybooks(expectedLeft: 1);

        var (code, output, error) = workspace.Run(playbooks, workspace.Alert(), "--playbook", "trash_logs");

        Assert.True(code == ExitCodes.Diagnostics, output + error);
        Assert.Contains("trash_logs failed", output);
        Assert.Contains("1 run(s): 0 succeeded", output);
        Assert.Equal(StateFixture.Logs, workspace.Fixture.RemainingLogs());
        var runId = output.Split('\n').First(l => l.StartsWith("run ", StringComparison.Ordinal)).Split(' ')[1];

        var history = CliRunner.Run("history", "--state", workspace.Fixture.State, "--run", runId);

        Assert.Equal(ExitCodes.Success, history.ExitCode);
        Assert.Contains("compensat", history.Output, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("restore", history.Output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Progress_is_shown_while_the_run_works()
    {
        using var workspace = new RunWorkspace();
        var playbooks = workspace.WritePlaybooks();

        var (code, output, error) = workspace.Run(playbooks, workspace.Alert(), "--playbook", "trash_logs");

        Assert.True(code == ExitCodes.Success, output + error);
        var progress = output.Split('\n').Where(l => l.StartsWith("  ", StringComparison.Ordinal) && l.Contains("] ", StringComparison.Ordinal)).ToList();
        Assert.True(progress.Count >= 4, output);
        // Progress comes before the result line.
        Assert.True(output.IndexOf(progress[0], StringComparison.Ordinal) < output.IndexOf("run ", StringComparison.Ordinal), output);
    }

    [Fact]
    public async Task A_supervised_run_waiting_for_approval_says_how_to_approve_it()
    {
        using var workspace = new RunWorkspace();
        var playbooks = workspace.WritePlaybooks(autonomy: "supervised");
        var run = Task.Run(() => workspace.Run(playbooks, workspace.Alert(), "--playbook", "trash_logs"));

        // Approve from "another terminal" once the approval request exists.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        string? runId = null;
        while (runId is null && !run.IsCompleted && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
            if (!File.Exists(workspace.Fixture.State)) continue;
            var pending = CliRunner.Run("approvals", "--state", workspace.Fixture.State);
            // Each pending approval's line starts with its run id.
            runId = pending.Output.Split('\n').FirstOrDefault(l => l.Contains("of trash_logs", StringComparison.Ordinal))?.Split(' ')[0];
        }

        Assert.True(runId is not null, run.IsCompleted ? (await run).Output + (await run).Error : "no approval was requested");
        Assert.Equal(ExitCodes.Success, CliRunner.Run("approve", runId, "--by", "alice", "--state", workspace.Fixture.State).ExitCode);
        var (code, output, error) = await run.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.True(code == ExitCodes.Success, output + error);
        Assert.Contains($"approve with: remedy approve {runId} --by NAME --state {workspace.Fixture.State}", output);
        Assert.Empty(workspace.Fixture.RemainingLogs());
    }

    [Fact]
    public void Malformed_alert_json_says_where()
    {
        using var workspace = new RunWorkspace();
        var playbooks = workspace.WritePlaybooks();
        var alert = workspace.Fixture.Folder.Write("broken.json", "{ \"version\": \"4\",\n  \"alerts\": [ { \"status\": \"firing\", } ] }");

        var (code, _, error) = workspace.Run(playbooks, alert);

        Assert.Equal(ExitCodes.BadUsage, code);
        Assert.Contains($"{alert}: the alert is not valid JSON (line 2", error);
        Assert.DoesNotContain("   at ", error);
        Assert.False(File.Exists(workspace.Fixture.State));
    }

    [Fact]
    public void A_missing_alert_file_is_a_clear_error()
    {
        using var workspace = new RunWorkspace();
        var playbooks = workspace.WritePlaybooks();

        var (code, _, error) = workspace.Run(playbooks, Path.Combine(workspace.Folder, "nope.json"));

        Assert.Equal(ExitCodes.BadUsage, code);
        Assert.Contains("cannot read the alert file", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void An_alert_matching_nothing_names_the_alert_and_the_playbooks_that_exist()
    {
        using var workspace = new RunWorkspace();
        var playbooks = workspace.WritePlaybooks();

        var (code, output, error) = workspace.Run(playbooks, workspace.Alert(name: "CpuHigh"));

        Assert.Equal(ExitCodes.BadUsage, code);
        Assert.Contains("alert \"CpuHigh\" (firing, fingerprint abc123) matches no playbook", error);
        Assert.Contains("trash_logs: alert \"DiskFull\" where ...", error);
        Assert.Contains("disk_recovered: resolved \"DiskFull\"", error);
        Assert.DoesNotContain("starting", output);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void An_unknown_playbook_name_lists_the_playbooks()
    {
        using var workspace = new RunWorkspace();
        var playbooks = workspace.WritePlaybooks();

        var (code, _, error) = workspace.Run(playbooks, workspace.Alert(), "--playbook", "nope");

        Assert.Equal(ExitCodes.BadUsage, code);
        Assert.Contains("no playbook is named 'nope'; the workspace has: ", error);
        Assert.Contains("trash_logs", error);
    }

    [Fact]
    public void A_missing_state_file_is_created_in_an_existing_folder()
    {
        using var workspace = new RunWorkspace();
        var playbooks = workspace.WritePlaybooks();
        Assert.False(File.Exists(workspace.Fixture.State));

        var (code, output, error) = workspace.Run(playbooks, workspace.Alert(), "--dry-run");

        Assert.True(code == ExitCodes.Success, output + error);
        Assert.Contains($"created the state file {workspace.Fixture.State}", output);
        Assert.True(File.Exists(workspace.Fixture.State));
    }

    [Fact]
    public void A_state_file_in_a_missing_folder_says_what_to_do()
    {
        using var workspace = new RunWorkspace();
        var playbooks = workspace.WritePlaybooks();
        var state = Path.Combine(workspace.Folder, "no-such-folder", "remedy.db");

        var (code, _, error) = CliRunner.Run("run", playbooks, "--alert", workspace.Alert(), "--state", state, "--config", workspace.Fixture.Config);

        Assert.Equal(ExitCodes.BadUsage, code);
        Assert.Contains($"no state file at '{state}'", error);
        Assert.Contains("Create the folder", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void A_locked_state_file_is_reported_not_thrown()
    {
        using var workspace = new RunWorkspace();
        var playbooks = workspace.WritePlaybooks();
        Assert.Equal(0, CliRunner.Run("resume", "--state", workspace.Fixture.State).ExitCode);
        using var holder = new SqliteConnection($"Data Source={workspace.Fixture.State};Pooling=false");
        holder.Open();
        using (var begin = holder.CreateCommand())
        {
            begin.CommandText = "BEGIN EXCLUSIVE";
            begin.ExecuteNonQuery();
        }

        var (code, _, error) = workspace.Run(playbooks, workspace.Alert());

        Assert.Equal(ExitCodes.BadUsage, code);
        Assert.Contains("locked", error, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", error);
        Assert.Equal(StateFixture.Logs, workspace.Fixture.RemainingLogs());
    }

    [Fact]
    public void A_provider_the_configuration_does_not_give_is_a_load_error()
    {
        using var workspace = new RunWorkspace();
        var playbooks = workspace.WritePlaybooks();
        var config = workspace.Fixture.Folder.Write("empty.runtime.json", "{ }");

        var (code, _, error) = CliRunner.Run("run", playbooks, "--alert", workspace.Alert(), "--state", workspace.Fixture.State, "--config", config);

        Assert.Equal(ExitCodes.BadUsage, code);
        Assert.Contains("uses provider \"files.move_to_trash\", which is not registered with this runtime", error);
        Assert.Contains("No provider is configured", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void A_provider_that_refuses_fails_the_run_with_its_message()
    {
        using var workspace = new RunWorkspace();
        var playbooks = workspace.WritePlaybooks();
        // The files providers may act only under logs/; a configuration allowing another folder makes every call fail.
        Directory.CreateDirectory(Path.Combine(workspace.Folder, "elsewhere"));
        var config = workspace.Fixture.Folder.Write("narrow.runtime.json", """{ "files": { "allowed_roots": ["elsewhere"], "trash": "trash" } }""");

        var (code, output, error) = CliRunner.Run("run", playbooks, "--alert", workspace.Alert(), "--state", workspace.Fixture.State, "--config", config, "--playbook", "trash_logs");

        Assert.Equal(ExitCodes.Diagnostics, code);
        Assert.Contains("trash_logs failed", output);
        Assert.Contains("is outside the folders file providers may touch", output);
        Assert.DoesNotContain("   at ", output + error);
        Assert.Equal(StateFixture.Logs, workspace.Fixture.RemainingLogs());
    }

    [Fact]
    public void Playbooks_with_errors_are_reported_as_diagnostics_with_exit_code_1()
    {
        using var workspace = new RunWorkspace();
        var broken = workspace.Fixture.Folder.Write("broken/bad.remedy", "module bad\n\nplaybook p {\n    trigger alert \"X\"\n    let x: int = \"text\"\n}\n");

        var (code, _, error) = workspace.Run(Path.GetDirectoryName(broken)!, workspace.Alert());

        Assert.Equal(ExitCodes.Diagnostics, code);
        Assert.Contains("RMD", error);
        Assert.DoesNotContain("   at ", error);
    }
}
