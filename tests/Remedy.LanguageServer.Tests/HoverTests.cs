using Remedy.LanguageServer.Tests.Support;
using Remedy.TestSupport;

namespace Remedy.LanguageServer.Tests;

public sealed class HoverTests
{
    private static readonly string Text = TestDocuments.Playbook;
    private const string Uri = TestDocuments.Uri;

    [Fact]
    public async Task Hover_on_an_action_shows_signature_doc_effect_risk_and_undo()
    {
        await using var client = await Requests.OpenAsync(Text);
        var response = await client.RequestAsync("textDocument/hover", Requests.At(Uri, Text, "restart_pod", 3));
        Baseline.Match(Baseline.SourceDirectory("Remedy.LanguageServer.Tests", "Baselines", "hover-action.json"), response.ToJsonString(Json.Indented));
    }

    [Fact]
    public async Task Hover_on_a_target_list_shows_its_type_and_computed_bound()
    {
        await using var client = await Requests.OpenAsync(Text);
        var response = await client.RequestAsync("textDocument/hover", Requests.At(Uri, Text, "in pods", 4));
        Assert.Equal("```remedy\nlet pods: list<Pod>\n```\n\n**targets** at most 3 (`| take 3`)", (string?)response["result"]!["contents"]!["value"]);
        Assert.Equal("""{"start":{"line":19,"character":19},"end":{"line":19,"character":23}}""", response["result"]!["range"]!.ToJsonString(Json.Compact));
    }

    [Fact]
    public async Task Hover_on_a_policy_parameter_shows_its_meaning_range_and_default()
    {
        var text = Text.Replace("    on failure", "    choose remedy by thompson(commit: 90%) { option a { step a { notify \"ops\" \"a\" } } }\n    on failure");
        await using var client = await Requests.OpenAsync(text);
        var response = await client.RequestAsync("textDocument/hover", Requests.At(Uri, text, "commit:", 2));
        var value = (string?)response["result"]!["contents"]!["value"];
        Assert.StartsWith("```remedy\ncommit: 95%\n```\n\n*parameter of thompson*: Once the posterior probability", value);
        Assert.EndsWith("Value: a number in (0.5, 1] or a percentage in (50%, 100%]; default `95%`.", value);
    }

    [Fact]
    public async Task Hover_on_a_playbook_shows_its_autonomy_ceiling_and_worst_case_duration()
    {
        await using var client = await Requests.OpenAsync(Text);
        var response = await client.RequestAsync("textDocument/hover", Requests.At(Uri, Text, "checkout_memory_leak", 2));
        // The compiler's analysis gives the worst case and its breakdown.
        Baseline.Match(Baseline.SourceDirectory("Remedy.LanguageServer.Tests", "Baselines", "hover-playbook.md"), (string)response["result"]!["contents"]!["value"]!);
    }

    [Fact]
    public async Task Hover_on_a_field_through_it_shows_the_resource_field_and_its_doc()
    {
        await using var client = await Requests.OpenAsync(Text);
        var response = await client.RequestAsync("textDocument/hover", Requests.At(Uri, Text, "memory_ratio", 1));
        Assert.StartsWith("```remedy\nmemory_ratio: number\n```", (string?)response["result"]!["contents"]!["value"]);
        Assert.EndsWith("*module `std.k8s`*", (string?)response["result"]!["contents"]!["value"]);
    }

    [Fact]
    public async Task Hover_ranges_count_utf16_units_after_emoji()
    {
        const string text = "module m\nplaybook p {\n    let xs = [1, 2]\n    step s {\n        notify \"🔥🔥\" \"é${xs}\"\n    }\n}\n";
        await using var client = await Requests.OpenAsync(text);
        var response = await client.RequestAsync("textDocument/hover", Requests.At(Uri, text, "xs}", 1));
        Assert.Equal("```remedy\nlet xs: list<int>\n```\n\n**targets** at most 2 (a literal list of 2)", (string?)response["result"]!["contents"]!["value"]);
        // Line 4 is `        notify "🔥🔥" "é${xs}"`: each 🔥 is two UTF-16 units, so `xs` starts at character 26.
        Assert.Equal("""{"start":{"line":4,"character":26},"end":{"line":4,"character":28}}""", response["result"]!["range"]!.ToJsonString(Json.Compact));
    }

    [Fact]
    public async Task Hover_on_an_autonomy_level_explains_what_it_allows()
    {
        await using var client = await Requests.OpenAsync(Text);
        var response = await client.RequestAsync("textDocument/hover", Requests.At(Uri, Text, "supervised", 3));
        Assert.Equal("```remedy\nsupervised\n```\n\n*autonomy level*: Waits for approval (`approvers N`, default 1) before each mutating step. Actions up to `high` risk; `critical` needs `approvers 2` (RMD1003).",
            (string?)response["result"]!["contents"]!["value"]);
    }

    [Fact]
    public async Task Hover_on_nothing_is_null()
    {
        await using var client = await Requests.OpenAsync(Text);
        var response = await client.RequestAsync("textDocument/hover", Requests.At(Uri, 3, 0));
        Assert.Equal("""{"jsonrpc":"2.0","id":2,"result":null}""", response.ToJsonString(Json.Compact));
    }
}
