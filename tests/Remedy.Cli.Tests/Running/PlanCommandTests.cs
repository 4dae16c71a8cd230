using Remedy.Cli.Tests.Runtime;

namespace Remedy.Cli.Tests.Running;

/// <summary><c>remedy plan</c>: gates, steps, rollbacks and targets from real read-only queries, acting on nothing.</summary>
public sealed class PlanCommandTests
{
    [Fact]
    public void A_plan_shows_gates_steps_rollbacks_and_the_targets_the_configured_providers_find()
    {
        using var workspace = new RunWorkspace();
        var playbooks = workspace.WritePlaybooks(autonomy: "supervised");

        var (code, output, error) = CliRunner.Run("plan", playbooks, "--alert", workspace.Alert(), "--state", workspace.Fixture.State, "--config", workspace.Fixture.Config);

        Assert.True(code == ExitCodes.Success, output + error);
        Assert.Contains("playbook trash_logs (module ops, priority 10)", output);
        Assert.Contains("supervised: each mutating step waits for approval by 1 person(s)", output);
        Assert.Contains("blast radius: at most 5 target(s)", output);
        Assert.Contains("circuit breaker: opens after 3 failure(s)", output);
        Assert.Contains("1. trash \"Move the logs to the trash\" (mutating)", output);
        Assert.Contains("std.files.move_to_trash (mutating, low risk): rollback files.restore(path, trash_path)", output);
        Assert.Contains("targets: a.log, b.log, c.log", output);
        Assert.Contains("report_disk also matches but would not run", output);
        Assert.Contains("nothing was changed", output);
        Assert.Equal(StateFixture.Logs, workspace.Fixture.RemainingLogs());
        // A plan never writes the state file: it works on a private copy.
        Assert.False(File.Exists(workspace.Fixture.State));
    }

    [Fact]
    public void Without_a_configuration_the_targets_are_said_to_be_unknown()
    {
        using var workspace = new RunWorkspace();
        var playbooks = workspace.WritePlaybooks();
        var config = workspace.Fixture.Folder.Write("empty.runtime.json", "{ }");

        var (code, output, error) = CliRunner.Run("plan", playbooks, "--alert", workspace.Alert(), "--state", workspace.Fixture.State, "--config", config, "--playbook", "trash_logs");

        Assert.True(code == ExitCodes.Success, output + error);
        Assert.Contains("targets: unknown (the runtime configuration gives no provider 'files.list')", output);
        Assert.Equal(StateFixture.Logs, workspace.Fixture.RemainingLogs());
    }

    [Fact]
    public void A_plan_reads_the_guard_state_of_the_state_file_and_shows_a_refusal()
    {
        using var workspace = new RunWorkspace();
        var playbooks = workspace.WritePlaybooks();
        Assert.Equal(ExitCodes.Success, CliRunner.Run("pause", "--state", workspace.Fixture.State, "--reason", "incident", "--by", "carol").ExitCode);
        var before = File.ReadAllBytes(workspace.Fixture.State);

        var (code, output, error) = CliRunner.Run("plan", playbooks, "--alert", workspace.Alert(), "--state", workspace.Fixture.State, "--config", workspace.Fixture.Config, "--playbook", "trash_logs");

        Assert.True(code == ExitCodes.Diagnostics, output + error);
        Assert.Contains("REFUSED by the", output);
        Assert.Contains("1 plan(s) would be refused or fail", output);
        Assert.Equal(StateFixture.Logs, workspace.Fixture.RemainingLogs());
        Assert.Equal(before, File.ReadAllBytes(workspace.Fixture.State));
    }

    [Fact]
    public void An_alert_matching_nothing_is_bad_input_for_a_plan_too()
    {
        using var workspace = new RunWorkspace();
        var playbooks = workspace.WritePlaybooks();

        var (code, _, error) = CliRunner.Run("plan", playbooks, "--alert", workspace.Alert(name: "CpuHigh"), "--state", workspace.Fixture.State, "--config", workspace.Fixture.Config);

        Assert.Equal(ExitCodes.BadUsage, code);
        Assert.Contains("alert \"CpuHigh\" (firing, fingerprint abc123) matches no playbook", error);
    }
}
