using System.Text.Json;
using Microsoft.Data.Sqlite;
using Remedy.Runtime.Engine;
using Remedy.Runtime.Journal;
using Remedy.Runtime.Manifest;
using Remedy.Runtime.Providers.Files;
using Remedy.Runtime.Storage;
using Remedy.TestSupport;

namespace Remedy.Cli.Tests.Runtime;

/// <summary>recover, history, approvals, approve, deny, pause and resume against real state files and real file providers.</summary>
public sealed class RuntimeCommandTests
{
    public static IEnumerable<object[]> ReadingCommands() =>
    [
        ["recover"], ["history"], ["approvals"], ["approve", "run-1", "--by", "alice"], ["deny", "run-1", "--by", "alice"],
    ];

    [Theory]
    [MemberData(nameof(ReadingCommands))]
    public void A_missing_state_file_says_so_and_how_to_create_one(params string[] command)
    {
        using var folder = new TempFolder();
        var state = Path.Combine(folder.Path, "nowhere.db");

        var (code, _, error) = CliRunner.Run([.. command, "--state", state]);

        Assert.Equal(ExitCodes.BadUsage, code);
        Assert.Contains($"no state file at '{state}'", error);
        Assert.Contains("remedy resume --state PATH", error);
        Assert.DoesNotContain("   at ", error);
        Assert.False(File.Exists(state));
    }

    [Theory]
    [MemberData(nameof(ReadingCommands))]
    public void A_file_that_is_not_a_state_file_is_refused_clearly(params string[] command)
    {
        using var folder = new TempFolder();
        var state = folder.Write("remedy.db", "these are my notes, not a database\n" + new string('x', 4096));

        var (code, _, error) = CliRunner.Run([.. command, "--state", state]);

        Assert.Equal(ExitCodes.BadUsage, code);
        Assert.Contains("not a Remedy state file", error);
        Assert.DoesNotContain("   at ", error);
        Assert.StartsWith("these are my notes", File.ReadAllText(state));
    }

    [Fact]
    public void A_locked_state_file_is_reported_not_thrown()
    {
        using var fixture = new StateFixture();
        Assert.Equal(0, CliRunner.Run("resume", "--state", fixture.State).ExitCode);
        using var holder = new SqliteConnection($"Data Source={fixture.State};Pooling=false");
        holder.Open();
        using (var begin = holder.CreateCommand())
        {
            begin.CommandText = "BEGIN EXCLUSIVE";
            begin.ExecuteNonQuery();
        }

        var (code, _, error) = CliRunner.Run("pause", "--state", fixture.State, "--reason", "incident");

        Assert.Equal(ExitCodes.BadUsage, code);
        Assert.Contains("locked", error, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public async Task Pause_and_resume_set_the_kill_switch_every_runtime_reads()
    {
        using var fixture = new StateFixture();

        var paused = CliRunner.Run("pause", "--state", fixture.State, "--reason", "database failover", "--by", "carol");
        Assert.Equal(0, paused.ExitCode);
        Assert.Contains("paused: new mutations are refused; set by carol (database failover)", paused.Output);

        var (runtime, store) = fixture.OpenRuntime();
        using (store)
        {
            var refused = await runtime.RunAsync(runtime.Load(fixture.Playbook(AutonomyLevel.Autonomous)).Playbook!, new RunRequest { RequestedBy = "alertmanager" });
            Assert.Equal(RunOutcome.Refused, refused.Outcome);
            Assert.Contains("paused", refused.Message, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal(StateFixture.Logs, fixture.RemainingLogs());
        var resumed = CliRunner.Run("resume", "--state", fixture.State, "--by", "carol");
        Assert.Equal(0, resumed.ExitCode);
        Assert.Contains("running: mutations are allowed", resumed.Output);
        Assert.Contains("running: mutations are allowed (it already was)", CliRunner.Run("resume", "--state", fixture.State).Output);
    }

    [Fact]
    public async Task Approve_from_a_second_process_reaches_the_waiting_run()
    {
        using var fixture = new StateFixture();
        var (runtime, store) = fixture.OpenRuntime();
        using (store)
        {
            var loaded = runtime.Load(fixture.Playbook(AutonomyLevel.Supervised));
            Assert.True(loaded.Succeeded, string.Join("\n", loaded.Errors));
            var run = runtime.RunAsync(loaded.Playbook!, new RunRequest { RequestedBy = "alertmanager", RunId = "run-approve" });
            await WaitForAsync(() => runtime.Approvals.Pending().Count == 1);

            var listed = CliRunner.Run("approvals", "--state", fixture.State);
            Assert.Equal(0, listed.ExitCode);
            Assert.Contains("run-approve  step trash of clean_logs, requested by alertmanager; 0/1 approval(s)", listed.Output);

            var self = await CliProcess.RunAsync(fixture.Folder.Path, "approve", "run-approve", "--by", "AlertManager", "--state", fixture.State);
            Assert.Equal(1, self.ExitCode);
            Assert.Contains("cannot approve", self.Error);

            var approved = await CliProcess.RunAsync(fixture.Folder.Path, "approve", "run-approve", "--by", "alice", "--reason", "disk at 97%", "--state", fixture.State);
            Assert.True(approved.ExitCode == 0, approved.Error);

            var result = await run.WaitAsync(TimeSpan.FromSeconds(60));
            Assert.Equal(RunOutcome.Succeeded, result.Outcome);
            Assert.Empty(fixture.RemainingLogs());
            Assert.Contains("no approvals pending", CliRunner.Run("approvals", "--state", fixture.State).Output);
        }
    }

    [Fact]
    public async Task Deny_from_the_cli_stops_the_waiting_run_before_it_acts()
    {
        using var fixture = new StateFixture();
        var (runtime, store) = fixture.OpenRuntime();
        using (store)
        {
            var run = runtime.RunAsync(runtime.Load(fixture.Playbook(AutonomyLevel.Supervised)).Playbook!, new RunRequest { RequestedBy = "alertmanager", RunId = "run-deny" });
            await WaitForAsync(() => runtime.Approvals.Pending().Count == 1);

            var denied = CliRunner.Run("deny", "run-deny", "--by", "bob", "--reason", "not during the sale", "--state", fixture.State);

            Assert.Equal(0, denied.ExitCode);
            var result = await run.WaitAsync(TimeSpan.FromSeconds(60));
            Assert.Equal(RunOutcome.Refused, result.Outcome);
            Assert.Equal(StateFixture.Logs, fixture.RemainingLogs());
            var nothing = CliRunner.Run("approve", "run-deny", "--by", "alice", "--state", fixture.State);
            Assert.Equal(1, nothing.ExitCode);
        }
    }

    [Fact]
    public async Task History_lists_runs_and_shows_one_runs_journal_as_text_and_json()
    {
        using var fixture = new StateFixture();
        var (runtime, store) = fixture.OpenRuntime();
        using (store)
        {
            var result = await runtime.RunAsync(runtime.Load(fixture.Playbook(AutonomyLevel.Autonomous)).Playbook!, new RunRequest { RequestedBy = "alertmanager", RunId = "run-hist" });
            Assert.Equal(RunOutcome.Succeeded, result.Outcome);
        }

        var list = CliRunner.Run("history", "--state", fixture.State);
        Assert.Equal(0, list.ExitCode);
        Assert.Contains("run-hist  clean_logs", list.Output);
        Assert.Contains("Succeeded", list.Output);

        var text = CliRunner.Run("history", "--state", fixture.State, "--run", "run-hist");
        Assert.Equal(0, text.ExitCode);
        Assert.Contains("Intent", text.Output);
        Assert.Contains("undo files.restore", text.Output);
        Assert.Contains("RunEnded", text.Output);

        var json = CliRunner.Run("history", "--state", fixture.State, "--run", "run-hist", "--format", "json");
        Assert.Equal(0, json.ExitCode);
        using var doc = JsonDocument.Parse(json.Output);
        Assert.Equal("Succeeded", doc.RootElement.GetProperty("run").GetProperty("outcome").GetString());
        var kinds = doc.RootElement.GetProperty("journal").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ToList();
        Assert.Equal(3, kinds.Count(k => k == "Intent"));
        Assert.Equal(3, kinds.Count(k => k == "Done"));
        Assert.Equal("RunEnded", kinds[^1]);

        var runsJson = CliRunner.Run("history", "--state", fixture.State, "--format", "json");
        using var runs = JsonDocument.Parse(runsJson.Output);
        Assert.Equal("run-hist", Assert.Single(runs.RootElement.EnumerateArray()).GetProperty("run_id").GetString());

        var missing = CliRunner.Run("history", "--state", fixture.State, "--run", "run-nope");
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("no run 'run-nope'", missing.Error);
    }

    [Fact]
    public async Task Recover_compensates_a_run_left_open_with_the_configured_providers()
    {
        using var fixture = new StateFixture();
        var hanging = new HangingProvider(new MoveToTrashProvider(fixture.FileOptions), hangFromCall: 3);
        var (crashed, crashedStore) = fixture.OpenRuntime(replacing: hanging);
        using var stop = new CancellationTokenSource();

        // The "crashed" runtime moved two files and hangs inside the third move: its run stays open.
        var abandoned = crashed.RunAsync(crashed.Load(fixture.Playbook(AutonomyLevel.Autonomous)).Playbook!, new RunRequest { RequestedBy = "alertmanager", RunId = "run-crash" }, stop.Token);
        await hanging.Hung.Task.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(["c.log"], fixture.RemainingLogs());

        var unconfigured = CliRunner.Run("recover", "--state", fixture.State);
        Assert.Equal(ExitCodes.BadUsage, unconfigured.ExitCode);
        Assert.Contains("no runtime configuration", unconfigured.Error);
        Assert.Equal(["c.log"], fixture.RemainingLogs());

        var recovered = CliRunner.Run("recover", "--state", fixture.State, "--config", fixture.Config);

        Assert.True(recovered.ExitCode == 0, recovered.Error);
        Assert.Contains("recovered 1 run(s)", recovered.Output);
        Assert.Contains("3 compensated, 0 compensation(s) failed", recovered.Output);
        Assert.Equal(StateFixture.Logs, fixture.RemainingLogs());
        Assert.Contains("recovered 0 run(s)", CliRunner.Run("recover", "--state", fixture.State, "--config", fixture.Config).Output);
        Assert.Contains("recovered 0 run(s)", CliRunner.Run("recover", "--state", fixture.State).Output);

        stop.Cancel();
        await abandoned.WaitAsync(TimeSpan.FromSeconds(60));
        crashedStore.Dispose();
        var history = CliRunner.Run("history", "--state", fixture.State);
        Assert.Contains("Recovered", history.Output);
    }

    [Fact]
    public void Recover_without_a_usable_configuration_says_what_is_wrong()
    {
        using var fixture = new StateFixture();
        Assert.Equal(0, CliRunner.Run("resume", "--state", fixture.State).ExitCode);

        var missing = CliRunner.Run("recover", "--state", fixture.State, "--config", Path.Combine(fixture.Folder.Path, "absent.json"));
        Assert.Equal(ExitCodes.BadUsage, missing.ExitCode);
        Assert.Contains("no runtime configuration at", missing.Error);

        var broken = fixture.Folder.Write("broken.json", "{ \"files\": { \"allowed_roots\": 3 } }");
        var bad = CliRunner.Run("recover", "--state", fixture.State, "--config", broken);
        Assert.Equal(ExitCodes.BadUsage, bad.ExitCode);
        Assert.Contains("is not valid", bad.Error);
        Assert.DoesNotContain("   at ", bad.Error);
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("the run never reached its approval gate");
            }

            await Task.Delay(20);
        }
    }
}
