using System.Text;
using System.Text.Json.Nodes;
using Remedy.LanguageServer.Tests.Support;
using Remedy.TestSupport;

namespace Remedy.LanguageServer.Tests;

/// <summary>Outline, workspace symbols, folding ranges and semantic tokens.</summary>
public sealed class StructureTests
{
    private static readonly string Text = TestDocuments.Playbook;
    private const string Uri = TestDocuments.Uri;

    private static string BaselinePath(string name) => Baseline.SourceDirectory("Remedy.LanguageServer.Tests", "Baselines", name);

    [Fact]
    public async Task Document_symbols_outline_the_module_and_the_playbook_members()
    {
        await using var client = await Requests.OpenAsync(Text);
        var response = await client.RequestAsync("textDocument/documentSymbol", Requests.Document(Uri));
        Baseline.Match(BaselinePath("document-symbols.json"), response.ToJsonString(Json.Indented));
    }

    [Fact]
    public async Task Workspace_symbols_match_by_subsequence_across_documents_and_the_standard_library()
    {
        await using var client = await Requests.OpenAsync(Text);
        var response = await client.RequestAsync("workspace/symbol", new JsonObject { ["query"] = "chkleak" });
        Assert.Equal("""[{"name":"checkout_memory_leak","kind":5,"location":{"uri":"file:///work/payments.remedy","range":{"start":{"line":5,"character":9},"end":{"line":5,"character":29}}},"containerName":"payments"}]""",
            response["result"]!.ToJsonString(Json.Compact));
        var library = await client.RequestAsync("workspace/symbol", new JsonObject { ["query"] = "restart_pod" });
        var match = library["result"]!.AsArray().Single()!;
        Assert.Equal("std.k8s", (string?)match["containerName"]);
        Assert.Equal(6, (int)match["kind"]!);
    }

    [Fact]
    public async Task Folding_ranges_cover_blocks_imports_and_comment_runs()
    {
        var text = "// One\n// Two\n" + Text;
        await using var client = await Requests.OpenAsync(text);
        var response = await client.RequestAsync("textDocument/foldingRange", Requests.Document(Uri));
        Baseline.Match(BaselinePath("folding-ranges.json"), response["result"]!.ToJsonString(Json.Indented));
    }

    [Fact]
    public async Task Semantic_tokens_classify_names_by_what_they_resolve_to()
    {
        await using var client = await Requests.OpenAsync(Text);
        var response = await client.RequestAsync("textDocument/semanticTokens/full", Requests.Document(Uri));
        var data = response["result"]!["data"]!.AsArray().Select(n => (int)n!).ToList();
        Assert.Equal(0, data.Count % 5);
        Baseline.Match(BaselinePath("semantic-tokens.txt"), Decode(Text, data));
    }

    [Fact]
    public async Task Semantic_tokens_split_multi_line_comments_and_count_utf16_units()
    {
        const string text = "/* 🔥\n   é */ module m\n";
        await using var client = await Requests.OpenAsync(text);
        var response = await client.RequestAsync("textDocument/semanticTokens/full", Requests.Document(Uri));
        // The comment's first line is 5 units (the emoji is two), its second 7; then `m` on line 1 at character 15.
        Assert.Equal("[0,0,5,12,0,1,0,7,12,0,0,15,1,0,0]", response["result"]!["data"]!.ToJsonString(Json.Compact));
    }

    /// <summary>Turns relative token data back into readable lines: position, text and type.</summary>
    private static string Decode(string text, List<int> data)
    {
        string[] types = ["namespace", "type", "class", "function", "method", "parameter", "variable", "property", "enumMember", "event", "string", "number", "comment"];
        var lines = text.Split('\n');
        var output = new StringBuilder();
        int line = 0, character = 0;
        for (var i = 0; i < data.Count; i += 5)
        {
            line += data[i];
            character = data[i] == 0 ? character + data[i + 1] : data[i + 1];
            var modifiers = (data[i + 4] & 1) != 0 ? " declaration" : "";
            modifiers += (data[i + 4] & 2) != 0 ? " defaultLibrary" : "";
            output.AppendLine($"{line + 1}:{character + 1} {lines[line].Substring(character, data[i + 2])} {types[data[i + 3]]}{modifiers}");
        }
        return output.ToString();
    }
}
