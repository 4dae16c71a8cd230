using System.Text.Json.Nodes;
using Remedy.LanguageServer.Tests.Support;
using Remedy.TestSupport;

namespace Remedy.LanguageServer.Tests;

public sealed class CompletionTests
{
    private const string Uri = TestDocuments.Uri;

    private static async Task<JsonArray> CompleteAsync(string text, string marker, int delta)
    {
        await using var client = await Requests.OpenAsync(text);
        var response = await client.RequestAsync("textDocument/completion", Requests.At(Uri, text, marker, delta));
        Assert.False((bool)response["result"]!["isIncomplete"]!);
        return response["result"]!["items"]!.AsArray();
    }

    private static List<string> Labels(JsonArray items) => items.Select(i => (string)i!["label"]!).ToList();

    private static List<string> Ranked(JsonArray items) => items.OrderBy(i => (string?)i!["sortText"] ?? (string)i!["label"]!, StringComparer.Ordinal).Select(i => (string)i!["label"]!).ToList();

    [Fact]
    public async Task After_a_module_alias_the_modules_queries_come_before_its_actions_with_signatures_and_docs()
    {
        var text = TestDocuments.Playbook.Replace("k8s.restart_pod(pod)", "k8s.");
        var items = await CompleteAsync(text, "k8s.\n", 4);
        var ranked = Ranked(items);
        Assert.True(ranked.IndexOf("pods") < ranked.IndexOf("restart_pod"));
        var restart = items.Single(i => (string?)i!["label"] == "restart_pod")!;
        Baseline.Match(Baseline.SourceDirectory("Remedy.LanguageServer.Tests", "Baselines", "completion-restart-pod.json"), restart.ToJsonString(Json.Indented));
    }

    [Fact]
    public async Task After_a_loop_variable_dot_the_resource_fields_are_offered()
    {
        var text = TestDocuments.Playbook.Replace("k8s.restart_pod(pod)", "notify \"x\" pod.");
        var items = await CompleteAsync(text, "pod.\n", 4);
        Assert.Equal(["name", "namespace", "node", "phase", "ready", "restarts", "memory_ratio", "cpu_ratio", "age", "owner", "labels"], Labels(items));
        Assert.Equal("number", (string?)items.Single(i => (string?)i!["label"] == "memory_ratio")!["detail"]);
    }

    [Fact]
    public async Task After_it_dot_in_a_pipe_the_element_fields_are_offered()
    {
        var text = TestDocuments.Playbook.Replace("| where it.memory_ratio > 0.9", "| where it.");
        var items = await CompleteAsync(text, "it.\n", 3);
        Assert.Contains("memory_ratio", Labels(items));
    }

    [Fact]
    public async Task After_alert_dot_the_alert_fields_are_offered()
    {
        var text = TestDocuments.Playbook.Replace("alert.labels[\"service\"] == \"checkout\"", "alert.");
        var items = await CompleteAsync(text, "alert.\n", 6);
        Assert.Equal(["name", "labels", "annotations", "value", "severity", "starts_at"], Labels(items));
    }

    [Theory]
    [InlineData("autonomy supervised", "autonomy ", "observe_only,suggest,supervised,autonomous")]
    [InlineData("autonomy supervised", "autonomy ", "observe_only,suggest,supervised,autonomous", "promote to ")]
    public async Task After_autonomy_and_promote_to_the_levels_are_offered_in_order(string find, string marker, string expected, string? replacement = null)
    {
        var text = replacement is null ? TestDocuments.Playbook.Replace(find, marker) : TestDocuments.Playbook.Replace(find, "autonomy supervised\n    " + replacement);
        var items = await CompleteAsync(text, replacement ?? marker, (replacement ?? marker).Length);
        Assert.Equal(expected.Split(','), Ranked(items));
    }

    [Fact]
    public async Task In_an_action_effect_and_risk_offer_their_words()
    {
        const string text = "module ops\naction drain(node: string) {\n    effect \n    risk \n}\n";
        Assert.Equal(["read_only", "mutating", "destructive"], Ranked(await CompleteAsync(text, "effect ", 7)));
        Assert.Equal(["low", "medium", "high", "critical"], Ranked(await CompleteAsync(text, "risk ", 5)));
        var clauses = await CompleteAsync(text.Replace("    risk \n", "    risk low\n    \n"), "risk low\n", 13);
        Assert.Equal(["capture", "effect", "irreversible", "provider", "risk", "rollback", "timeout"], Ranked(clauses));
    }

    [Fact]
    public async Task After_choose_by_the_policies_are_offered()
    {
        var text = TestDocuments.Playbook.Replace("    on failure", "    choose remedy by \n    on failure");
        Assert.Equal(["thompson", "q_learning", "ucb", "cases", "fixed"], Ranked(await CompleteAsync(text, "choose remedy by ", 17)));
    }

    [Fact]
    public async Task After_by_thompson_paren_its_parameters_are_offered_and_written_ones_are_left_out()
    {
        var text = TestDocuments.Playbook.Replace("    on failure", "    choose remedy by thompson(\n    on failure");
        var items = await CompleteAsync(text, "by thompson(", 12);
        Assert.Equal(["commit:", "discount:", "prior:", "warm_start:"], Ranked(items));
        var commit = items.Single(i => (string?)i!["label"] == "commit:")!;
        Assert.Equal("commit: ", (string?)commit["insertText"]);
        Assert.Contains("(50%, 100%]", (string?)commit["detail"]);

        text = TestDocuments.Playbook.Replace("    on failure", "    choose remedy by q_learning(alpha: 0.1, \n    on failure");
        Assert.Equal(["decay:", "epsilon:", "gamma:"], Ranked(await CompleteAsync(text, "alpha: 0.1, ", 12)));
    }

    [Fact]
    public async Task Inside_a_call_the_named_arguments_not_yet_given_come_first()
    {
        var text = TestDocuments.Playbook.Replace("k8s.pods(namespace: \"payments\", selector: \"app=checkout\")", "k8s.pods(namespace: \"payments\", )");
        var items = await CompleteAsync(text, "\"payments\", ", 12);
        var ranked = Ranked(items);
        Assert.Equal("selector:", ranked[0]);
        Assert.DoesNotContain("namespace:", ranked);
        Assert.Equal("selector: ", (string?)items.Single(i => (string?)i!["label"] == "selector:")!["insertText"]);
    }

    [Fact]
    public async Task On_an_empty_playbook_line_keywords_and_snippets_are_offered()
    {
        var text = TestDocuments.Playbook.Replace("    timeout 10m\n", "    timeout 10m\n    \n");
        var items = await CompleteAsync(text, "timeout 10m\n", 16);
        var labels = Labels(items);
        foreach (var keyword in new[] { "trigger", "autonomy", "blast_radius", "circuit_breaker", "let", "step", "verify", "choose" }) Assert.Contains(keyword, labels);
        var snippet = items.First(i => (string?)i!["label"] == "step" && (int?)i!["kind"] == 15)!;
        Assert.Equal(2, (int?)snippet["insertTextFormat"]);
        Assert.Equal("step ${1:name} \"${2:What it does}\" {\n    $0\n    timeout ${3:5m}\n}", (string?)snippet["insertText"]);
        Assert.True(Ranked(items).IndexOf("trigger") < Ranked(items).FindLastIndex(l => l == "step"));
    }

    [Fact]
    public async Task At_the_top_level_declaration_keywords_and_the_playbook_snippet_are_offered()
    {
        var text = TestDocuments.Playbook + "\n\n";
        var (line, _) = TestDocuments.PositionOf(text, "\n\n", 2, occurrence: 3);
        await using var client = await Requests.OpenAsync(text);
        var response = await client.RequestAsync("textDocument/completion", Requests.At(Uri, text.Count(c => c == '\n'), 0));
        var labels = Labels(response["result"]!["items"]!.AsArray());
        Assert.Equal(["module", "import", "resource", "query", "action", "playbook", "simulation"], labels.Take(7));
        Assert.True(line > 0);
    }

    [Fact]
    public async Task In_blast_radius_and_after_a_pipe_only_their_words_are_offered()
    {
        var blast = TestDocuments.Playbook.Replace("        max_targets 3\n", "        max_targets 3\n        \n");
        Assert.Equal(["max_percent", "max_targets", "scope"], Ranked(await CompleteAsync(blast, "max_targets 3\n", 22)));
        var pipe = TestDocuments.Playbook.Replace("| take 3", "| ");
        Assert.Equal(["map", "sort by", "take", "where"], Ranked(await CompleteAsync(pipe, "0.9\n        | ", 14)));
    }

    [Fact]
    public async Task In_a_step_statement_keywords_come_after_names_in_scope()
    {
        var text = TestDocuments.Playbook.Replace("                k8s.restart_pod(pod)\n", "                k8s.restart_pod(pod)\n                \n");
        var ranked = Ranked(await CompleteAsync(text, "restart_pod(pod)\n", 33));
        Assert.True(ranked.IndexOf("pod") < ranked.IndexOf("k8s"));
        Assert.True(ranked.IndexOf("k8s") < ranked.IndexOf("wait"));
        Assert.Contains("pods", ranked);
        Assert.Contains("prom", ranked);
    }

    [Fact]
    public async Task After_import_the_known_modules_are_offered()
    {
        var text = "module m\nimport \n";
        var labels = Labels(await CompleteAsync(text, "import ", 7));
        Assert.Contains("std.k8s", labels);
        Assert.Contains("std.prometheus", labels);
    }

    [Fact]
    public async Task After_a_declaring_keyword_nothing_is_offered()
    {
        var text = "module m\nplaybook \n";
        Assert.Empty(await CompleteAsync(text, "playbook ", 9));
    }
}
