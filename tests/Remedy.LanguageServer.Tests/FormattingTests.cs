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

    private const string TwoPlaybooks = "module m\nplaybook  a{\n  autonomy   suggest\n      timeout 5m\n}\n\n/// The second.\n  playbook  b{\n  autonomy   suggest\n      timeout 5m\n}\n";

    private static JsonObject RangeRequest(int startLine, int startCharacter, int endLine, int endCharacter)
    {
        var request = Request();
        request["range"] = new JsonObject
        {
            ["start"] = new JsonObject { ["line"] = startLine, ["character"] = startCharacter },
            ["end"] = new JsonObject { ["line"] = endLine, ["character"] = endCharacter },
        };
        return request;
    }

    [Fact]
    public async Task Range_formatting_rewrites_only_the_whole_declarations_the_range_touches()
    {
        await using var client = await Requests.OpenAsync(TwoPlaybooks);
        // A range inside the second playbook's body: the whole playbook, from its doc comment, gets fmt's layout.
        var response = await client.RequestAsync("textDocument/rangeFormatting", RangeRequest(8, 4, 8, 6));
        Assert.Equal("""[{"range":{"start":{"line":6,"character":0},"end":{"line":10,"character":1}},"newText":"/// The second.\nplaybook b {\n    autonomy suggest\n    timeout 5m\n}"}]""", response["result"]!.ToJsonString(Json.Compact));
        var edited = EditingTests.Apply(TwoPlaybooks, response["result"]!.AsArray());
        Assert.StartsWith("module m\nplaybook  a{\n", edited);
        // Formatting every declaration by ranges gives what remedy fmt gives the file, apart from the blank lines between them.
        var all = await client.RequestAsync("textDocument/rangeFormatting", RangeRequest(0, 0, 10, 1));
        Assert.Equal(2, all["result"]!.AsArray().Count);
        Assert.Equal(new Formatter().Format(TwoPlaybooks).Text!.Replace("module m\n\n", "module m\n"), EditingTests.Apply(TwoPlaybooks, all["result"]!.AsArray()));
    }

    [Fact]
    public async Task Range_formatting_of_a_formatted_declaration_or_a_broken_file_gives_no_edits()
    {
        var formatted = new Formatter().Format(TestDocuments.Playbook).Text!;
        await using var client = await Requests.OpenAsync(formatted);
        Assert.Equal("[]", (await client.RequestAsync("textDocument/rangeFormatting", RangeRequest(5, 0, 6, 0)))["result"]!.ToJsonString(Json.Compact));
        await client.OpenAsync("file:///work/broken.remedy", "module m\nplaybook {\n");
        var broken = RangeRequest(1, 0, 1, 3);
        broken["textDocument"]!["uri"] = "file:///work/broken.remedy";
        Assert.Equal("[]", (await client.RequestAsync("textDocument/rangeFormatting", broken))["result"]!.ToJsonString(Json.Compact));
        var log = await client.WaitForNotificationAsync("window/logMessage", n => ((string?)n["params"]!["message"])!.Contains("was not formatted"));
        Assert.Equal("/work/broken.remedy was not formatted: the file has syntax errors; fix them before formatting", (string?)log["params"]!["message"]);
    }
}
