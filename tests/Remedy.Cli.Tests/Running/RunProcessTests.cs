using Remedy.TestSupport;

namespace Remedy.Cli.Tests.Running;

/// <summary>The built <c>remedy</c> as a real process: <c>remedy run</c> with the defaults of its folder.</summary>
public sealed class RunProcessTests
{
    [Fact]
    public async Task Remedy_run_acts_on_real_files_with_the_folder_s_runtime_configuration_and_state_file()
    {
        using var workspace = new RunWorkspace();
        var playbooks = workspace.WritePlaybooks();
        var alert = workspace.Alert();

        // No --state and no --config: remedy.runtime.json and remedy.db of the working folder.
        var (code, output, error) = await CliProcess.RunAsync(workspace.Folder, "run", playbooks, "--alert", alert, "--playbook", "trash_logs");

        Assert.True(code == ExitCodes.Success, output + error);
        Assert.Contains("created the state file remedy.db", output);
        Assert.Contains("trash_logs succeeded with 3 mutation(s)", output);
        Assert.Empty(workspace.Fixture.RemainingLogs());
        Assert.Equal(3, Directory.GetFiles(Path.Combine(workspace.Folder, "trash"), "*", SearchOption.AllDirectories).Length);

        var history = await CliProcess.RunAsync(workspace.Folder, "history");
        Assert.Equal(ExitCodes.Success, history.ExitCode);
        Assert.Contains("trash_logs", history.Output);
    }
}
