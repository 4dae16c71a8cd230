using System.Text.Json.Nodes;

namespace Remedy.LanguageServer.Tests.Support;

/// <summary>Builds request parameters the way an editor sends them.</summary>
public static class Requests
{
    public static JsonObject At(string uri, string text, string marker, int delta = 0, int occurrence = 1)
    {
        var (line, character) = TestDocuments.PositionOf(text, marker, delta, occurrence);
        return At(uri, line, character);
    }

    public static JsonObject At(string uri, int line, int character) => new()
    {
        ["textDocument"] = new JsonObject { ["uri"] = uri },
        ["position"] = new JsonObject { ["line"] = line, ["character"] = character },
    };

    public static JsonObject Document(string uri) => new() { ["textDocument"] = new JsonObject { ["uri"] = uri } };

    /// <summary>Opens <paramref name="text"/> in a fresh initialized server.</summary>
    public static async Task<LspTestClient> OpenAsync(string text, string uri = TestDocuments.Uri)
    {
        var client = await LspTestClient.StartInitializedAsync();
        await client.OpenAsync(uri, text);
        return client;
    }
}
