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
    public async Task Fixing_the_error_publishes_an_empty_list_for_the_new_version()
    {
        await using var client = await LspTestClient.StartInitializedAsync();
        await client.OpenAsync(Uri, "module m\nplaybook p {\n    autonomy autonomus\n}\n");
        await client.WaitForDiagnosticsAsync(Uri, 1);
        await TextSyncTests.ChangeAsync(client, 2, (2, 13, 2, 22), "autonomous", Uri);
        var fixedUp = await client.WaitForDiagnosticsAsync(Uri, 2);
        Assert.Empty(fixedUp["params"]!["diagnostics"]!.AsArray());
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
