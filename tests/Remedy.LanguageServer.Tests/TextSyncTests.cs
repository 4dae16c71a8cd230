using System.Text.Json.Nodes;
using Remedy.LanguageServer.Tests.Support;

namespace Remedy.LanguageServer.Tests;

public sealed class TextSyncTests
{
    private const string Uri = "file:///work/sync.remedy";

    [Fact]
    public async Task Incremental_edits_count_utf16_units_across_emoji_and_accents()
    {
        await using var client = await LspTestClient.StartInitializedAsync();
        // "🔥" is two UTF-16 units, "é" one: the playbook name starts at character 19 on line 1.
        await client.OpenAsync(Uri, "module m\n/* 🔥é */ playbook fix { }\n");
        await client.WaitForDiagnosticsAsync(Uri, 1);
        await ChangeAsync(client, 2, (1, 19, 1, 22), "mend");
        var symbols = await client.RequestAsync("textDocument/documentSymbol", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = Uri } });
        var playbook = symbols["result"]![1]!;
        Assert.Equal("mend", (string?)playbook["name"]);
        Assert.Equal("""{"start":{"line":1,"character":19},"end":{"line":1,"character":23}}""", playbook["selectionRange"]!.ToJsonString(Json.Compact));
    }

    [Fact]
    public async Task Several_changes_in_one_notification_apply_in_order_and_full_replacement_works()
    {
        await using var client = await LspTestClient.StartInitializedAsync();
        await client.OpenAsync(Uri, "module a\n");
        await client.NotifyAsync("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = Uri, ["version"] = 2 },
            ["contentChanges"] = new JsonArray(
                Change((0, 7, 0, 8), "b"),
                Change((0, 8, 0, 8), "\nplaybook café { }"),
                new JsonObject { ["text"] = "module whole\nplaybook é1 { }\n" },
                Change((1, 9, 1, 11), "q")),
        });
        var symbols = await client.RequestAsync("textDocument/documentSymbol", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = Uri } });
        Assert.Equal("whole", (string?)symbols["result"]![0]!["name"]);
        Assert.Equal("q", (string?)symbols["result"]![1]!["name"]);
    }

    [Fact]
    public async Task Close_clears_diagnostics_and_forgets_the_document()
    {
        await using var client = await LspTestClient.StartInitializedAsync();
        await client.OpenAsync(Uri, "module m\nplaybook { }\n");
        var first = await client.WaitForDiagnosticsAsync(Uri, 1);
        Assert.NotEmpty(first["params"]!["diagnostics"]!.AsArray());
        await client.NotifyAsync("textDocument/didSave", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = Uri } });
        await client.NotifyAsync("textDocument/didClose", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = Uri } });
        var cleared = await client.WaitForNotificationAsync("textDocument/publishDiagnostics", n => (string?)n["params"]!["uri"] == Uri && n["params"]!["version"] is null);
        Assert.Equal("""{"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///work/sync.remedy","diagnostics":[]}}""", cleared.ToJsonString(Json.Compact));
        var symbols = await client.RequestAsync("textDocument/documentSymbol", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = Uri } });
        Assert.Equal(-32602, (int)symbols["error"]!["code"]!);
    }

    internal static Task ChangeAsync(LspTestClient client, int version, (int, int, int, int) range, string text, string uri = Uri) =>
        client.NotifyAsync("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = version },
            ["contentChanges"] = new JsonArray(Change(range, text)),
        });

    internal static JsonObject Change((int, int, int, int) range, string text) => new()
    {
        ["range"] = new JsonObject
        {
            ["start"] = new JsonObject { ["line"] = range.Item1, ["character"] = range.Item2 },
            ["end"] = new JsonObject { ["line"] = range.Item3, ["character"] = range.Item4 },
        },
        ["text"] = text,
    };
}
