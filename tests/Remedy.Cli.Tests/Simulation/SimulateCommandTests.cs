using System.Text.Json;

namespace Remedy.Cli.Tests.Simulation;

public sealed class SimulateCommandTests
{
    [Fact]
    public void The_learnable_example_converges_to_its_best_option_with_no_unsafe_action()
    {
        using var folder = new TempFolder();
        var file = folder.Write("k8s.remedy", SimulationWorkspaces.Learnable());

        var report = Json(file, "--incidents", "400");

        Assert.Equal(400, report.GetProperty("incidents").GetInt32());
        Assert.True(report.GetProperty("accuracyLast100").GetDouble() >= 0.9, report.ToString());
        Assert.Equal(JsonValueKind.Number, report.GetProperty("incidentsTo90PercentAccuracy").ValueKind);
        Assert.Equal(0, report.GetProperty("unsafeActionsAttempted").GetInt32());
        Assert.True(report.GetProperty("successRate").GetDouble() > 0.8, report.ToString());
        Assert.True(report.GetProperty("actionsPerformed").GetInt32() > 0);
    }

    [Fact]
    public void Options_a_guard_always_refuses_are_refused_every_time_and_learned_against()
    {
        using var folder = new TempFolder();
        var file = folder.Write("k8s.remedy", SimulationWorkspaces.WithMaxPercent());
        var report = Json(file, "--incidents", "40");

        // The real blast-radius guard holds in simulation: one deployment is 100% of its population, above max_percent 40%.
        var refusals = report.GetProperty("refusals");
        Assert.True(refusals.GetProperty("BlastRadius").GetInt32() > 0, report.ToString());
        Assert.Equal(refusals.GetProperty("BlastRadius").GetInt32(), report.GetProperty("unsafeActionsAttempted").GetInt32());
        var options = report.GetProperty("options").EnumerateArray().ToDictionary(o => o.GetProperty("name").GetString()!);
        Assert.Equal(0, options["scale_out"].GetProperty("succeeded").GetInt32());
        Assert.True(options["restart"].GetProperty("succeeded").GetInt32() > 0);
    }

    [Fact]
    public void The_same_seed_gives_the_same_report_and_another_seed_another()
    {
        using var folder = new TempFolder();
        var file = folder.Write("k8s.remedy", SimulationWorkspaces.Learnable());

        var first = CliRunner.Run("simulate", file, "--incidents", "120", "--seed", "7");
        var second = CliRunner.Run("simulate", file, "--incidents", "120", "--seed", "7");
        var other = CliRunner.Run("simulate", file, "--incidents", "120", "--seed", "8");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.Output, second.Output);
        Assert.NotEqual(first.Output, other.Output);
        Assert.Contains("120 incidents, seed 7", first.Output);
    }

    [Fact]
    public void An_option_without_an_outcome_line_always_fails()
    {
        using var folder = new TempFolder();
        var file = folder.Write("k8s.remedy", SimulationWorkspaces.WithoutScaleOutOutcome());

        var report = Json(file, "--incidents", "150");

        var scaleOut = report.GetProperty("options").EnumerateArray().Single(o => o.GetProperty("name").GetString() == "scale_out");
        Assert.True(scaleOut.GetProperty("chosen").GetInt32() > 0, report.ToString());
        Assert.Equal(0, scaleOut.GetProperty("succeeded").GetInt32());
        Assert.Equal(0, scaleOut.GetProperty("bestFor").GetInt32());
    }

    [Fact]
    public void A_population_beyond_the_blast_radius_is_stopped_by_the_real_guards_before_any_action()
    {
        using var folder = new TempFolder();
        var file = folder.Write("lab.remedy", SimulationWorkspaces.UnboundedLab);

        var report = Json(file);

        // No static bound: the emitted max_targets guard stops every run (8 hot boxes, max_targets 3) before it acts.
        Assert.Equal(6, report.GetProperty("abortedBeforeActing").GetInt32());
        Assert.Equal(0, report.GetProperty("actionsPerformed").GetInt32());
        Assert.Equal(0, report.GetProperty("remediesTried").GetInt32());
    }

    [Fact]
    public void A_taken_list_above_max_percent_is_refused_by_the_runtime_blast_radius_guard()
    {
        using var folder = new TempFolder();
        var file = folder.Write("lab.remedy", SimulationWorkspaces.UnboundedLab.Replace("| where it.hot", "| where it.hot | take 3", StringComparison.Ordinal));

        var report = Json(file);

        // 3 of 8 boxes is 37.5%, above max_percent 25%.
        Assert.Equal(6, report.GetProperty("unsafeActionsAttempted").GetInt32());
        Assert.Equal(6, report.GetProperty("refusals").GetProperty("BlastRadius").GetInt32());
        Assert.Equal(0, report.GetProperty("actionsPerformed").GetInt32());
    }

    [Fact]
    public void Writes_a_text_report_and_a_learning_curve()
    {
        using var folder = new TempFolder();
        var file = folder.Write("k8s.remedy", SimulationWorkspaces.Learnable());
        var plot = Path.Combine(folder.Path, "curve.svg");

        var (code, output, error) = CliRunner.Run("simulate", file, "--incidents", "60", "--plot", plot);

        Assert.True(code == 0, error);
        Assert.Contains("success rate", output);
        Assert.Contains("(95% Wilson interval)", output);
        Assert.Contains("MTTR", output);
        Assert.Contains("human intervention", output);
        Assert.Contains("incidents to 90%", output);
        Assert.Contains("rollback_release", output);
        Assert.Contains("<svg", File.ReadAllText(plot));
    }

    [Fact]
    public void Keeps_the_learned_state_in_a_state_file_across_runs()
    {
        using var folder = new TempFolder();
        var file = folder.Write("k8s.remedy", SimulationWorkspaces.Learnable());
        var state = Path.Combine(folder.Path, "state.db");

        Assert.Equal(0, CliRunner.Run("simulate", file, "--incidents", "30", "--state", state).ExitCode);
        var stats = CliRunner.Run("stats", "--state", state);

        Assert.Equal(0, stats.ExitCode);
        Assert.Contains("learned choice", stats.Output);
        Assert.Contains("checkout_memory_leak", stats.Output);
    }

    [Fact]
    public void An_unknown_simulation_is_a_clear_usage_error()
    {
        var (code, output, error) = CliRunner.Run("simulate", SimulationWorkspaces.Example, "--simulation", "no_such_lab");

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("no simulation named 'no_such_lab' in the workspace; it declares: checkout_memory_leak_lab", error);
    }

    [Fact]
    public void A_workspace_without_a_simulation_says_how_to_add_one()
    {
        using var folder = new TempFolder();
        var file = folder.Write("lab.remedy", SimulationWorkspaces.UnboundedLab[..SimulationWorkspaces.UnboundedLab.IndexOf("/// Eight", StringComparison.Ordinal)]);

        var (code, _, error) = CliRunner.Run("simulate", file);

        Assert.Equal(2, code);
        Assert.Contains("declares no simulation", error);
    }

    [Fact]
    public void A_workspace_with_errors_is_not_simulated()
    {
        using var folder = new TempFolder();
        var file = folder.Write("k8s.remedy", SimulationWorkspaces.Learnable().Replace("k8s.restart_pod(pod)", "k8s.restart_pods(pod)", StringComparison.Ordinal));

        var (code, output, error) = CliRunner.Run("simulate", file);

        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Contains("RMD", error);
        Assert.Contains("a simulation runs only a playbook that compiles", error);
    }

    [Fact]
    public void A_missing_path_is_a_usage_error()
    {
        var (code, _, error) = CliRunner.Run("simulate", "/no/such/place.remedy");

        Assert.Equal(2, code);
        Assert.Contains("error:", error);
    }

    private static JsonElement Json(string file, params string[] extra)
    {
        var (code, output, error) = CliRunner.Run(["simulate", file, "--format", "json", .. extra]);
        Assert.True(code == 0, error);
        return JsonDocument.Parse(output).RootElement.Clone();
    }
}
