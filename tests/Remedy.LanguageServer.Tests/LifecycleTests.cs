using System.Text.Json.Nodes;
using Remedy.LanguageServer.Tests.Support;
using Remedy.TestSupport;

namespace Remedy.LanguageServer.Tests;

public sealed class LifecycleTests
{
    [Fact]
    public async Task Initialize_advertises_exactly_the_implemented_capabilities()
    {
        await using var client = LspTestClient.StartInMemory();
        var response = await client.RequestAsync("initialize", new JsonObject { ["processId"] = null, ["rootUri"] = null, ["capabilities"] = new JsonObject() });
        var result = response["result"]!.AsObject();
        result["serverInfo"]!.AsObject().Remove("version");
        Baseline.Match(Baseline.SourceDirectory("Remedy.LanguageServer.Tests", "Baselines", "initialize.json"), response.ToJsonString(Json.Indented));
    }

    [Fact]
    public async Task Shutdown_then_exit_ends_with_code_zero()
    {
        var client = await LspTestClient.StartInitializedAsync();
        var shutdown = await client.RequestAsync("shutdown");
        Assert.Equal("""{"jsonrpc":"2.0","id":2,"result":null}""", shutdown.ToJsonString(Json.Compact));
        await client.NotifyAsync("exit");
        Assert.Equal(0, await client.ServerRun!.WaitAsync(LspTestClient.Timeout));
        await client.DisposeAsync();
    }

    [Fact]
    public async Task Exit_without_shutdown_ends_with_code_one()
    {
        var client = await LspTestClient.StartInitializedAsync();
        await client.NotifyAsync("exit");
        Assert.Equal(1, await client.ServerRun!.WaitAsync(LspTestClient.Timeout));
        await client.DisposeAsync();
    }

    [Fact]
    public async Task Requests_before_initialize_get_ServerNotInitialized_and_initialize_still_works()
    {
        await using var client = LspTestClient.StartInMemory();
        var hover = await client.RequestAsync("textDocument/hover", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = TestDocuments.Uri },
            ["position"] = new JsonObject { ["line"] = 0, ["character"] = 0 },
        });
        Assert.Equal(-32002, (int)hover["error"]!["code"]!);
        Assert.Equal("'textDocument/hover' arrived before 'initialize'.", (string?)hover["error"]!["message"]);
        var initialize = await client.RequestAsync("initialize", new JsonObject { ["capabilities"] = new JsonObject() });
        Assert.NotNull(initialize["result"]);
    }

    [Fact]
    public async Task A_second_initialize_and_requests_after_shutdown_are_invalid()
    {
        await using var client = await LspTestClient.StartInitializedAsync();
        var again = await client.RequestAsync("initialize", new JsonObject { ["capabilities"] = new JsonObject() });
        Assert.Equal(-32600, (int)again["error"]!["code"]!);
        await client.RequestAsync("shutdown");
        var afterShutdown = await client.RequestAsync("textDocument/documentSymbol", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = TestDocuments.Uri } });
        Assert.Equal(-32600, (int)afterShutdown["error"]!["code"]!);
    }

    [Fact]
    public async Task Workspace_folders_are_indexed_and_can_change()
    {
        var folder = Directory.CreateTempSubdirectory("remedy-lsp-ws");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "ops.remedy"), "module ops\n\n/// Drains a node.\naction drain(node: string) {\n    effect mutating\n    risk medium\n    irreversible \"the node refills\"\n    provider \"ops.drain\"\n}\n");
            await using var client = LspTestClient.StartInMemory();
            var uri = new Uri(folder.FullName).AbsoluteUri;
            await client.RequestAsync("initialize", new JsonObject
            {
                ["capabilities"] = new JsonObject(),
                ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = uri, ["name"] = "ws" }),
            });
            var found = await client.RequestAsync("workspace/symbol", new JsonObject { ["query"] = "drain" });
            Assert.Contains(found["result"]!.AsArray(), s => (string?)s!["name"] == "drain" && ((string?)s["location"]!["uri"])!.EndsWith("ops.remedy"));

            await client.NotifyAsync("workspace/didChangeWorkspaceFolders", new JsonObject
            {
                ["event"] = new JsonObject { ["added"] = new JsonArray(), ["removed"] = new JsonArray(new JsonObject { ["uri"] = uri, ["name"] = "ws" }) },
            });
            var gone = await client.RequestAsync("workspace/symbol", new JsonObject { ["query"] = "drain" });
            Assert.DoesNotContain(gone["result"]!.AsArray(), s => ((string?)s!["location"]!["uri"])!.EndsWith("ops.remedy"));
        }
        finally
        {
            folder.Delete(true);
        }
    }
}
