using Remedy.Server.Approvals;
using Remedy.Server.Tests.Support;

namespace Remedy.Server.Tests;

/// <summary>The tokens file: what it accepts, and a clear error with the entry for everything it does not.</summary>
public sealed class TokenStoreTests
{
    public static TheoryData<string, string> BadFiles => new()
    {
        { "{", "tokens.json: not valid JSON (line 1)" },
        { """{"users": []}""", "tokens.json: expected {\"tokens\": [" },
        { """{"tokens": ["alice"]}""", "tokens.json: tokens[0] must be an object" },
        { """{"tokens": [{"token": "0123456789abcdef"}]}""", "tokens.json: tokens[0] has no \"identity\"" },
        { """{"tokens": [{"token": "short", "identity": "alice"}]}""", "tokens.json: tokens[0] (alice): the token is shorter than 16 characters" },
        { """{"tokens": [{"sha256": "abc", "identity": "bob"}]}""", "tokens.json: tokens[0] (bob) needs \"token\" (a string) or \"sha256\" (64 hex digits)" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void A_bad_tokens_file_is_refused_with_the_entry_and_the_reason(string json, string expected)
    {
        Assert.False(TokenStore.TryParse(json, "tokens.json", out var store, out var error));
        Assert.Null(store);
        Assert.StartsWith(expected, error);
    }

    [Fact]
    public void Tokens_and_hashes_identify_their_owner_and_nothing_else_does()
    {
        var json = $$"""
            // Comments and trailing commas are allowed, as in the runtime configuration.
            {"tokens": [
              {"token": "{{ServerWorkspace.AliceToken}}", "identity": "alice"},
              {"sha256": "{{Convert.ToHexStringLower(TokenStore.Hash(ServerWorkspace.BobToken))}}", "identity": "bob"},
            ]}
            """;

        Assert.True(TokenStore.TryParse(json, "tokens.json", out var store, out var error), error);

        Assert.Equal(2, store.Count);
        Assert.Equal("alice", store.Identify(ServerWorkspace.AliceToken));
        Assert.Equal("bob", store.Identify(ServerWorkspace.BobToken));
        Assert.Null(store.Identify(ServerWorkspace.AliceToken + "x"));
        Assert.Null(store.Identify(string.Empty));
    }
}
