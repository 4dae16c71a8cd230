using System.Text.Json.Nodes;
using Remedy.LanguageServer.Tests.Support;
using Remedy.Syntax.Formatting;

namespace Remedy.LanguageServer.Tests;

public sealed class FormattingTests
{
    private const string Uri = TestDocuments.Uri;

    private static JsonObject Request() => new()
    {
        ["textDocument"] = new JsonObject { ["uri"] = Uri },
        ["options"] = new JsonObject { ["tabSize"] = 2, ["insertSpaces"] = true },
    };

    [Fact]
    public async Task Formatting_gives_exactly_what_remedy_fmt_writes_as_one_whole_document_edit()
    {
        const string text = "module m\nplaybook  p{\n  autonomy   suggest\n      timeout 5m\n}\n";
        await using var client = await Requests.OpenAsync(text);
        var response = await client.RequestAsync("textDocument/formatting", Request());
        var expected = new Formatter().Format(text).Text!;
        Assert.Equal(new JsonArray(new JsonObject
        {
            ["range"] = new JsonObject { ["start"] = new JsonObject { ["line"] = 0, ["character"] = 0 }, ["end"] = new JsonObject { ["line"] = 5, ["character"] = 0 } },
            ["newText"] = expected,
        }).ToJsonString(Json.Compact), response["result"]!.ToJsonString(Json.Compact));
        Assert.Equal(expected, EditingTests.Apply(text, response["result"]!.AsArray()));
    }

    [Fact]
    public async Task A_formatted_file_and_a_file_with_syntax_errors_get_no_edits()
    {
        var formatted = new Formatter().Format(TestDocuments.Playbook).Text!;
        await using var client = await Requests.OpenAsync(formatted);
        Assert.Equal("[]", (await client.RequestAsync("textDocument/formatting", Request()))["result"]!.ToJsonString(Json.Compact));
        await client.OpenAsync("file:///work/broken.remedy", "module m\nplaybook {\n");
        var broken = Request();
        broken["textDocument"]!["uri"] = "file:///work/broken.remedy";
        Assert.Equal("[]", (await client.RequestAsync("textDocument/formatting", broken))["result"]!.ToJsonString(Json.Compact));
        var log = await client.WaitForNotificationAsync("window/logMessage", n => ((string?)n["params"]!["message"])!.Contains("was not formatted"));
        Assert.Equal(2, (int)log["params"]!["type"]!);
    }
}
