using System.Text.Json.Nodes;
using Remedy.LanguageServer.Tests.Support;

namespace Remedy.LanguageServer.Tests;

/// <summary>Bad input gets the protocol's errors, and the server keeps serving afterwards.</summary>
public sealed class ProtocolErrorTests
{
    [Fact]
    public async Task Malformed_json_gets_a_parse_error_and_the_server_keeps_running()
    {
        await using var client = await LspTestClient.StartInitializedAsync();
        var parseError = client.ExpectResponse(null);
        await client.SendRawAsync("{\"jsonrpc\":\"2.0\",\"id\":77,\"method\":");
        var error = await parseError;
        Assert.Equal(-32700, (int)error["error"]!["code"]!);
        Assert.Null(error["id"]);
        await AssertStillServingAsync(client);
    }

    [Fact]
    public async Task Garbage_that_is_not_json_at_all_is_survived()
    {
        await using var client = await LspTestClient.StartInitializedAsync();
        await client.SendRawAsync("\u00ff\u00fe not json");
        await AssertStillServingAsync(client);
    }

    [Fact]
    public async Task Unknown_methods_get_MethodNotFound_and_unknown_notifications_are_ignored()
    {
        await using var client = await LspTestClient.StartInitializedAsync();
        var response = await client.RequestAsync("textDocument/teleport", new JsonObject());
        Assert.Equal(-32601, (int)response["error"]!["code"]!);
        await client.NotifyAsync("$/unknownNotification", new JsonObject { ["x"] = 1 });
        await AssertStillServingAsync(client);
    }

    [Fact]
    public async Task Requests_for_unopened_documents_get_InvalidParams()
    {
        await using var client = await LspTestClient.StartInitializedAsync();
        var response = await client.RequestAsync("textDocument/hover", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = "file:///nowhere.remedy" },
            ["position"] = new JsonObject { ["line"] = 0, ["character"] = 0 },
        });
        Assert.Equal("""{"jsonrpc":"2.0","id":2,"error":{"code":-32602,"message":"The document 'file:///nowhere.remedy' is not open; send textDocument/didOpen first."}}""",
            response.ToJsonString(Json.Compact));
        await AssertStillServingAsync(client);
    }

    [Fact]
    public async Task Parameters_missing_required_fields_get_InvalidParams()
    {
        await using var client = await LspTestClient.StartInitializedAsync();
        var response = await client.RequestAsync("textDocument/hover", new JsonObject { ["position"] = new JsonObject { ["line"] = 0, ["character"] = 0 } });
        Assert.Equal(-32602, (int)response["error"]!["code"]!);
        var noParams = await client.RequestAsync("textDocument/documentSymbol");
        Assert.Equal(-32602, (int)noParams["error"]!["code"]!);
        await AssertStillServingAsync(client);
    }

    [Fact]
    public async Task Positions_past_the_end_are_clamped_not_fatal()
    {
        await using var client = await LspTestClient.StartInitializedAsync();
        await client.OpenAsync(TestDocuments.Uri, TestDocuments.Playbook);
        foreach (var (line, character) in new[] { (0, 500), (9_999, 0), (-1, -1), (int.MaxValue, int.MaxValue) })
        {
            var position = new JsonObject { ["line"] = line, ["character"] = character };
            var doc = new JsonObject { ["uri"] = TestDocuments.Uri };
            foreach (var method in new[] { "textDocument/hover", "textDocument/completion", "textDocument/definition", "textDocument/signatureHelp", "textDocument/references" })
            {
                var response = await client.RequestAsync(method, new JsonObject { ["textDocument"] = doc.DeepClone(), ["position"] = position.DeepClone(), ["context"] = new JsonObject { ["includeDeclaration"] = true } });
                Assert.True(response.ContainsKey("result"), $"{method} at {line}:{character}: {response.ToJsonString(Json.Compact)}");
            }
        }
        await AssertStillServingAsync(client);
    }

    [Fact]
    public async Task A_five_megabyte_file_is_opened_edited_and_diagnosed()
    {
        await using var client = await LspTestClient.StartInitializedAsync();
        var builder = new System.Text.StringBuilder("module big\n");
        for (var i = 0; builder.Length < 5 * 1024 * 1024; i++)
            builder.Append($"/// Playbook {i}.\nplaybook p{i} {{\n    trigger alert \"A{i}\"\n    autonomy suggest\n    let xs = [1, 2, 3]\n    timeout 5m\n}}\n");
        var text = builder.ToString();
        await client.OpenAsync("file:///work/big.remedy", text);
        var diagnostics = await client.WaitForDiagnosticsAsync("file:///work/big.remedy", 1);
        Assert.NotNull(diagnostics["params"]!["diagnostics"]);
        await client.NotifyAsync("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = "file:///work/big.remedy", ["version"] = 2 },
            ["contentChanges"] = new JsonArray(new JsonObject
            {
                ["range"] = new JsonObject { ["start"] = new JsonObject { ["line"] = 0, ["character"] = 0 }, ["end"] = new JsonObject { ["line"] = 0, ["character"] = 10 } },
                ["text"] = "module huge",
            }),
        });
        await client.WaitForDiagnosticsAsync("file:///work/big.remedy", 2);
        var symbols = await client.RequestAsync("textDocument/documentSymbol", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = "file:///work/big.remedy" } });
        Assert.Equal("huge", (string?)symbols["result"]![0]!["name"]);
        await AssertStillServingAsync(client);
    }

    [Fact]
    public async Task A_request_cancelled_while_it_waits_for_a_parse_is_answered_with_RequestCancelled()
    {
        await using var client = await LspTestClient.StartInitializedAsync();
        // A large file takes long enough to parse that the cancellation arrives while the request waits for it.
        var builder = new System.Text.StringBuilder("module big\n");
        for (var i = 0; builder.Length < 2 * 1024 * 1024; i++)
            builder.Append($"playbook p{i} {{\n    trigger alert \"A{i}\"\n    autonomy suggest\n    timeout 5m\n}}\n");
        await client.OpenAsync("file:///work/slow.remedy", builder.ToString());
        var (id, response) = await client.StartRequestAsync("textDocument/documentSymbol", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = "file:///work/slow.remedy" } });
        await client.NotifyAsync("$/cancelRequest", new JsonObject { ["id"] = id });
        var answer = await response;
        Assert.Equal(-32800, (int)answer["error"]!["code"]!);
        await AssertStillServingAsync(client);
    }

    private static async Task AssertStillServingAsync(LspTestClient client)
    {
        var response = await client.RequestAsync("workspace/symbol", new JsonObject { ["query"] = "" });
        Assert.NotNull(response["result"]);
    }
}
