using System.Text.Json.Nodes;
using Remedy.LanguageServer.Server;
using Remedy.LanguageServer.Tests.Support;

namespace Remedy.LanguageServer.Tests;

public sealed class DiagnosticsTests
{
    private const string Uri = "file:///work/diag.remedy";

    [Fact]
    public async Task Diagnostics_carry_code_severity_source_and_doc_link()
    {
        await using var client = await LspTestClient.StartInitializedAsync();
        await client.OpenAsync(Uri, "module m\nplaybook p {\n    autonomy autonomus\n}\n");
        var published = await client.WaitForDiagnosticsAsync(Uri, 1);
        Assert.Equal(
            """{"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///work/diag.remedy","diagnostics":[{"range":{"start":{"line":2,"character":13},"end":{"line":2,"character":22}},"severity":1,"message":"unknown autonomy level 'autonomus'; expected one of observe_only, suggest, supervised, autonomous (did you mean 'autonomous'?)","code":"RMD0007","codeDescription":{"href":"https://remedy-lang.dev/docs/diagnostics/RMD0007"},"source":"remedy"}],"version":1}}""",
            published.ToJsonString(Json.Compact));
    }

    [Fact]
    public async Task Fixing_the_syntax_error_reveals_the_safety_error_and_fixing_that_empties_the_list()
    {
        await using var client = await LspTestClient.StartInitializedAsync();
        await client.OpenAsync(Uri, "module m\nplaybook p {\n    autonomy autonomus\n}\n");
        await client.WaitForDiagnosticsAsync(Uri, 1);
        await TextSyncTests.ChangeAsync(client, 2, (2, 13, 2, 22), "autonomous", Uri);
        var safety = await client.WaitForDiagnosticsAsync(Uri, 2);
        Assert.Equal(["RMD1007"], safety["params"]!["diagnostics"]!.AsArray().Select(d => (string)d!["code"]!));
        Assert.Equal("https://remedy-lang.dev/docs/diagnostics/RMD1007", (string?)safety["params"]!["diagnostics"]![0]!["codeDescription"]!["href"]);
        await TextSyncTests.ChangeAsync(client, 3, (2, 23, 2, 23), "\n    circuit_breaker { trip after 3 failures within 1h; cooldown 30m }", Uri);
        var clean = await client.WaitForDiagnosticsAsync(Uri, 3);
        Assert.Empty(clean["params"]!["diagnostics"]!.AsArray());
    }

    [Fact]
    public async Task Names_resolve_across_open_documents_of_one_workspace()
    {
        await using var client = await LspTestClient.StartInitializedAsync();
        const string ops = "module ops\n\n/// Drains a node.\naction drain(node: string) {\n    effect mutating\n    risk medium\n    irreversible \"the node refills\"\n    provider \"ops.drain\"\n}\n";
        const string playbook = "module m\nimport ops\n\nplaybook p {\n    trigger alert \"A\"\n    autonomy supervised\n    blast_radius { max_targets 1 }\n    timeout 5m\n    step s {\n        ops.drain(\"n1\")\n        timeout 1m\n    }\n    verify within 1m { true }\n}\n";
        await client.OpenAsync("file:///work/ops.remedy", ops);
        await client.OpenAsync(Uri, playbook);
        var published = await client.WaitForDiagnosticsAsync(Uri, 1);
        Assert.Empty(published["params"]!["diagnostics"]!.AsArray());
        await client.NotifyAsync("textDocument/didClose", new System.Text.Json.Nodes.JsonObject { ["textDocument"] = new System.Text.Json.Nodes.JsonObject { ["uri"] = "file:///work/ops.remedy" } });
        var alone = await client.WaitForNotificationAsync("textDocument/publishDiagnostics", n => (string?)n["params"]!["uri"] == Uri && n["params"]!["diagnostics"]!.AsArray().Count > 0);
        Assert.Contains(alone["params"]!["diagnostics"]!.AsArray(), d => ((string?)d!["message"])!.Contains("ops"));
    }

    [Fact]
    public async Task A_burst_of_edits_is_debounced_and_never_ends_on_a_stale_version()
    {
        await using var client = await LspTestClient.StartInitializedAsync(new LanguageServerOptions { DiagnosticsDelay = TimeSpan.FromMilliseconds(100) });
        await client.OpenAsync(Uri, "module m\n");
        for (var version = 2; version <= 30; version++)
            await TextSyncTests.ChangeAsync(client, version, (0, 8, 0, 8), version % 2 == 0 ? "x" : "\n", Uri);
        var last = await client.WaitForDiagnosticsAsync(Uri, 30);
        Assert.NotNull(last);
        await Task.Delay(300);
        var all = client.Notifications("textDocument/publishDiagnostics").Select(n => (int?)n["params"]!["version"]).ToList();
        // The 100 ms delay swallows most of the 29 edits, and nothing older than 30 arrives after 30.
        Assert.True(all.Count < 10, $"{all.Count} publications for 30 versions");
        Assert.Equal(all.OrderBy(v => v).ToList(), all);
    }

    [Fact]
    public async Task Every_open_document_gets_its_own_diagnostics()
    {
        await using var client = await LspTestClient.StartInitializedAsync();
        await client.OpenAsync("file:///work/a.remedy", "module a\nplaybook { }\n");
        await client.OpenAsync("file:///work/b.remedy", "module b\n");
        var a = await client.WaitForDiagnosticsAsync("file:///work/a.remedy", 1);
        var b = await client.WaitForDiagnosticsAsync("file:///work/b.remedy", 1);
        Assert.Equal("RMD0004", (string?)a["params"]!["diagnostics"]![0]!["code"]);
        Assert.Empty(b["params"]!["diagnostics"]!.AsArray());
    }
}
