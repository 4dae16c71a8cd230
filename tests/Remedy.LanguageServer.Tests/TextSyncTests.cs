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

    [Fact]
    public async Task After_a_burst_of_edits_across_declarations_the_diagnostics_and_outline_equal_those_of_the_text_opened_fresh()
    {
        // Each version is re-parsed from the last one parsed (edits the debounce skipped included);
        // what the client sees must not depend on that.
        await using var edited = await LspTestClient.StartInitializedAsync();
        var text = TestDocuments.Playbook + "\nplaybook second {\n    trigger alert \"B\"\n    autonomy suggest\n    timeout 5m\n}\n";
        await edited.OpenAsync(Uri, text);
        await edited.WaitForDiagnosticsAsync(Uri, 1);
        var source = new Syntax.Text.SourceText(text);
        var edits = new (string Marker, int Delete, string Insert)[]
        {
            ("max_targets 3", 13, "max_targets 30"),
            ("timeout 3m", 0, "wait 1m\n        "),
            ("playbook second {", 0, "}\n"),
            ("}\n}\nplaybook second {", 2, ""),
            ("autonomy suggest", 16, "autonomy autonomous"),
        };
        var version = 1;
        foreach (var (marker, delete, insert) in edits)
        {
            var start = text.IndexOf(marker, StringComparison.Ordinal);
            var from = Workspace.Positions.ToPosition(source, start);
            var to = Workspace.Positions.ToPosition(source, start + delete);
            await ChangeAsync(edited, ++version, (from.Line, from.Character, to.Line, to.Character), insert);
            text = text[..start] + insert + text[(start + delete)..];
            source = new Syntax.Text.SourceText(text);
        }
        var final = await edited.WaitForDiagnosticsAsync(Uri, version);
        var outline = await edited.RequestAsync("textDocument/documentSymbol", Requests.Document(Uri));

        await using var fresh = await LspTestClient.StartInitializedAsync();
        await fresh.OpenAsync(Uri, text);
        var expected = await fresh.WaitForDiagnosticsAsync(Uri, 1);
        Assert.NotEmpty(expected["params"]!["diagnostics"]!.AsArray());
        Assert.Equal(expected["params"]!["diagnostics"]!.ToJsonString(Json.Compact), final["params"]!["diagnostics"]!.ToJsonString(Json.Compact));
        Assert.Equal((await fresh.RequestAsync("textDocument/documentSymbol", Requests.Document(Uri)))["result"]!.ToJsonString(Json.Compact), outline["result"]!.ToJsonString(Json.Compact));
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
