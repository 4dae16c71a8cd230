using System.Text.Json.Nodes;
using Remedy.LanguageServer.Tests.Support;

namespace Remedy.LanguageServer.Tests;

/// <summary>Signature help, go to definition and find references.</summary>
public sealed class NavigationTests
{
    private static readonly string Text = TestDocuments.Playbook;
    private const string Uri = TestDocuments.Uri;

    [Fact]
    public async Task Signature_help_shows_the_query_and_the_parameter_at_the_cursor()
    {
        await using var client = await Requests.OpenAsync(Text);
        var response = await client.RequestAsync("textDocument/signatureHelp", Requests.At(Uri, Text, "selector:", 0));
        var help = response["result"]!;
        Assert.Equal("query pods(namespace: string, selector: string) -> list<Pod>", (string?)help["signatures"]![0]!["label"]);
        Assert.Equal("""[{"label":"namespace: string"},{"label":"selector: string"}]""", help["signatures"]![0]!["parameters"]!.ToJsonString(Json.Compact));
        Assert.Equal(1, (int)help["activeParameter"]!);
        var first = await client.RequestAsync("textDocument/signatureHelp", Requests.At(Uri, Text, "k8s.pods(", 9));
        Assert.Equal(0, (int)first["result"]!["activeParameter"]!);
        var outside = await client.RequestAsync("textDocument/signatureHelp", Requests.At(Uri, Text, "timeout 10m", 0));
        Assert.Null(outside["result"]);
    }

    [Fact]
    public async Task Signature_help_counts_commas_while_an_argument_is_still_being_typed()
    {
        var text = Text.Replace("k8s.restart_pod(pod)", "k8s.scale(pod, ");
        await using var client = await Requests.OpenAsync(text);
        var response = await client.RequestAsync("textDocument/signatureHelp", Requests.At(Uri, text, "scale(pod, ", 11));
        Assert.StartsWith("action scale(", (string?)response["result"]!["signatures"]![0]!["label"]);
        Assert.Equal(1, (int)response["result"]!["activeParameter"]!);
    }

    [Fact]
    public async Task Definition_of_a_standard_library_action_opens_the_real_stdlib_file()
    {
        await using var client = await Requests.OpenAsync(Text);
        var response = await client.RequestAsync("textDocument/definition", Requests.At(Uri, Text, "restart_pod", 2));
        var location = response["result"]![0]!;
        var path = new Uri((string)location["uri"]!).LocalPath;
        Assert.EndsWith("std.k8s.remedy", path);
        Assert.True(File.Exists(path));
        var line = File.ReadAllLines(path)[(int)location["range"]!["start"]!["line"]!];
        Assert.StartsWith("action restart_pod(", line);
        Assert.Equal("restart_pod", line.Substring((int)location["range"]!["start"]!["character"]!, 11));
    }

    [Fact]
    public async Task Definition_of_a_let_a_loop_variable_an_import_and_a_resource_field()
    {
        await using var client = await Requests.OpenAsync(Text);
        var let = await client.RequestAsync("textDocument/definition", Requests.At(Uri, Text, "in pods", 4));
        Assert.Equal("""[{"uri":"file:///work/payments.remedy","range":{"start":{"line":14,"character":8},"end":{"line":14,"character":12}}}]""", let["result"]!.ToJsonString(Json.Compact));
        var loop = await client.RequestAsync("textDocument/definition", Requests.At(Uri, Text, "restart_pod(pod)", 13));
        Assert.Equal("""[{"uri":"file:///work/payments.remedy","range":{"start":{"line":19,"character":12},"end":{"line":19,"character":15}}}]""", loop["result"]!.ToJsonString(Json.Compact));
        var module = await client.RequestAsync("textDocument/definition", Requests.At(Uri, Text, "prom.query", 1));
        Assert.EndsWith("std.prometheus.remedy", (string?)module["result"]![0]!["uri"]);
        var field = await client.RequestAsync("textDocument/definition", Requests.At(Uri, Text, "memory_ratio", 2));
        Assert.EndsWith("std.k8s.remedy", (string?)field["result"]![0]!["uri"]);
        var nothing = await client.RequestAsync("textDocument/definition", Requests.At(Uri, Text, "alert.labels", 1));
        Assert.Equal("[]", nothing["result"]!.ToJsonString(Json.Compact));
    }

    [Fact]
    public async Task References_of_a_let_include_the_declaration_only_when_asked()
    {
        await using var client = await Requests.OpenAsync(Text);
        var with = Requests.At(Uri, Text, "let pods", 5);
        with["context"] = new JsonObject { ["includeDeclaration"] = true };
        var all = await client.RequestAsync("textDocument/references", with);
        Assert.Equal(2, all["result"]!.AsArray().Count);
        var without = Requests.At(Uri, Text, "let pods", 5);
        without["context"] = new JsonObject { ["includeDeclaration"] = false };
        var uses = await client.RequestAsync("textDocument/references", without);
        Assert.Equal("""[{"uri":"file:///work/payments.remedy","range":{"start":{"line":19,"character":19},"end":{"line":19,"character":23}}}]""", uses["result"]!.ToJsonString(Json.Compact));
    }

    [Fact]
    public async Task References_of_a_stdlib_action_are_found_across_open_documents()
    {
        await using var client = await Requests.OpenAsync(Text);
        const string other = "module other\nimport std.k8s as kube\nplaybook q {\n    step s {\n        kube.restart_pod(x)\n        timeout 1m\n    }\n}\n";
        await client.OpenAsync("file:///work/other.remedy", other);
        var request = Requests.At(Uri, Text, "restart_pod", 2);
        request["context"] = new JsonObject { ["includeDeclaration"] = false };
        var response = await client.RequestAsync("textDocument/references", request);
        var uris = response["result"]!.AsArray().Select(l => (string)l!["uri"]!).Order().ToList();
        Assert.Equal(["file:///work/other.remedy", Uri], uris);
    }

    [Fact]
    public async Task Definition_and_references_follow_the_compilers_binding_through_an_alias()
    {
        const string other = "module other\nimport std.k8s as kube\nplaybook q {\n    let pods = 1\n    step s {\n        kube.restart_pod(x)\n        timeout 1m\n    }\n}\n";
        await using var client = await Requests.OpenAsync(Text);
        await client.OpenAsync("file:///work/other.remedy", other);
        var definition = await client.RequestAsync("textDocument/definition", Requests.At("file:///work/other.remedy", other, "restart_pod", 0));
        var location = definition["result"]![0]!;
        Assert.EndsWith("std.k8s.remedy", (string?)location["uri"]);
        var alias = await client.RequestAsync("textDocument/definition", Requests.At("file:///work/other.remedy", other, "kube.restart", 1));
        Assert.EndsWith("std.k8s.remedy", (string?)alias["result"]![0]!["uri"]);
        Assert.Equal(0, (int)alias["result"]![0]!["range"]!["start"]!["line"]! - CommentLines(new Uri((string)alias["result"]![0]!["uri"]!).LocalPath));
        // A let of the same name in another file is another symbol.
        var request = Requests.At(Uri, Text, "let pods", 5);
        request["context"] = new JsonObject { ["includeDeclaration"] = true };
        var references = await client.RequestAsync("textDocument/references", request);
        Assert.Equal([Uri, Uri], references["result"]!.AsArray().Select(l => (string)l!["uri"]!));
    }

    /// <summary>The number of lines before the <c>module</c> line of a file.</summary>
    private static int CommentLines(string path) => Array.FindIndex(File.ReadAllLines(path), l => l.StartsWith("module ", StringComparison.Ordinal));
}
