using Remedy.Runtime.Alerts;
using Remedy.Runtime.Engine;
using Remedy.Runtime.Manifest;
using Remedy.Runtime.Providers;
using Remedy.Runtime.Storage;
using Remedy.Runtime.Values;

namespace Remedy.Runtime.Tests.Alerts;

/// <summary>Alerts matched to playbooks: name, firing or resolved, the where condition, priority within a module.</summary>
public sealed class TriggerMatcherTests
{
    private static TriggerAlert Alert(string name, AlertStatus status, string env) =>
        new(name, status, "f1", MapValue.Of(("name", name), ("labels", MapValue.Of(("env", env))), ("annotations", MapValue.Empty), ("value", 0d)));

    private static List<LoadedPlaybook> Load(params CompiledPlaybook[] playbooks)
    {
        var runtime = new PlaybookRuntime(new InMemoryStore(), ProviderRegistry.Create());
        return playbooks.Select(p =>
        {
            var loaded = runtime.Load(p);
            Assert.True(loaded.Succeeded, string.Join("\n", loaded.Errors));
            return loaded.Playbook;
        }).ToList();
    }

    [Fact]
    public void Name_status_and_condition_all_decide()
    {
        var playbooks = Load(
            new ConditionPlaybook("prod_only", "m", null, new TriggerDescriptor("Disk", false, true)),
            new ConditionPlaybook("any_env", "n", null, new TriggerDescriptor("Disk", false, false)),
            new ConditionPlaybook("on_resolve", "o", null, new TriggerDescriptor("Disk", true, false)));

        Assert.Equal(["prod_only", "any_env"], TriggerMatcher.Match(Alert("Disk", AlertStatus.Firing, "prod"), playbooks).Matches.Select(m => m.Playbook.Name));
        Assert.Equal(["any_env"], TriggerMatcher.Match(Alert("Disk", AlertStatus.Firing, "dev"), playbooks).Matches.Select(m => m.Playbook.Name));
        Assert.Equal(["on_resolve"], TriggerMatcher.Match(Alert("Disk", AlertStatus.Resolved, "prod"), playbooks).Matches.Select(m => m.Playbook.Name));
        Assert.Empty(TriggerMatcher.Match(Alert("Cpu", AlertStatus.Firing, "prod"), playbooks).Matches);
    }

    [Fact]
    public void The_highest_priority_of_a_module_wins_equal_priorities_all_run_and_modules_are_apart()
    {
        var playbooks = Load(
            new ConditionPlaybook("high", "m", 10, new TriggerDescriptor("Disk", false, false)),
            new ConditionPlaybook("low", "m", 5, new TriggerDescriptor("Disk", false, false)),
            new ConditionPlaybook("unranked", "m", null, new TriggerDescriptor("Disk", false, false)),
            new ConditionPlaybook("also_high", "m", 10, new TriggerDescriptor("Disk", false, false)),
            new ConditionPlaybook("elsewhere", "other", 1, new TriggerDescriptor("Disk", false, false)));

        var matching = TriggerMatcher.Match(Alert("Disk", AlertStatus.Firing, "prod"), playbooks);

        Assert.Equal(["high", "also_high", "elsewhere"], matching.Matches.Select(m => m.Playbook.Name));
        Assert.Equal(["low", "unranked"], matching.Outranked.Select(p => p.Name));
    }

    [Fact]
    public void A_condition_that_cannot_be_evaluated_does_not_match_and_says_why()
    {
        var playbooks = Load(new ConditionPlaybook("typed", "m", null, new TriggerDescriptor("Other", false, false), new TriggerDescriptor("Disk", false, true)));

        var matching = TriggerMatcher.Match(Alert("Disk", AlertStatus.Firing, "prod"), playbooks);

        Assert.Empty(matching.Matches);
        var problem = Assert.Single(matching.Problems);
        Assert.Contains("typed: the where condition of trigger 2 could not be evaluated on alert Disk", problem);
    }

    [Fact]
    public void A_playbook_fires_once_per_alert_on_its_first_matching_trigger()
    {
        var playbooks = Load(new ConditionPlaybook("twice", "m", null, new TriggerDescriptor("Disk", false, false), new TriggerDescriptor("Disk", false, false)));

        var match = Assert.Single(TriggerMatcher.Match(Alert("Disk", AlertStatus.Firing, "dev"), playbooks).Matches);

        Assert.Equal(0, match.Trigger);
    }
}
