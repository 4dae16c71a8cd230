using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Remedy.Server.Approvals;

/// <summary>
/// The bearer tokens allowed to decide approvals and flip the kill switch, each with the identity recorded as the
/// decider. Only SHA-256 hashes are kept in memory and compared, in constant time and against every entry, so
/// neither the comparison's timing nor a memory dump gives a token away. The file may hold a token as
/// <c>"token"</c> or, better, only its hash as <c>"sha256"</c> (hex).
/// </summary>
public sealed class TokenStore
{
    private readonly IReadOnlyList<(byte[] Hash, string Identity)> entries;

    private TokenStore(IReadOnlyList<(byte[] Hash, string Identity)> entries) => this.entries = entries;

    /// <summary>How many tokens are configured.</summary>
    public int Count => entries.Count;

    /// <summary>Reads a tokens file: <c>{"tokens":[{"token":"...","identity":"alice"}]}</c>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="store">The tokens, or null.</param>
    /// <param name="error">What is wrong and where, or null.</param>
    /// <returns>True when read.</returns>
    public static bool TryLoad(string path, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TokenStore? store, out string? error)
    {
        store = null;
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error = $"cannot read the tokens file '{path}': {e.Message}";
            return false;
        }

        return TryParse(text, path, out store, out error);
    }

    /// <summary>Parses the text of a tokens file.</summary>
    /// <param name="json">The text.</param>
    /// <param name="name">The file name, for messages.</param>
    /// <param name="store">The tokens, or null.</param>
    /// <param name="error">What is wrong and where, or null.</param>
    /// <returns>True when read.</returns>
    public static bool TryParse(string json, string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TokenStore? store, out string? error)
    {
        store = null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            error = $"{name}: not valid JSON (line {(e.LineNumber ?? 0) + 1}): {e.Message}";
            return false;
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("tokens", out var tokens) || tokens.ValueKind != JsonValueKind.Array)
            {
                error = $"{name}: expected {{\"tokens\": [{{\"token\": \"...\", \"identity\": \"alice\"}}]}}";
                return false;
            }

            var entries = new List<(byte[], string)>();
            var index = 0;
            foreach (var entry in tokens.EnumerateArray())
            {
                var where = $"{name}: tokens[{index++}]";
                if (entry.ValueKind != JsonValueKind.Object)
                {
                    error = $"{where} must be an object with \"token\" (or \"sha256\") and \"identity\"";
                    return false;
                }

                var identity = entry.TryGetProperty("identity", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString()!.Trim() : string.Empty;
                if (identity.Length == 0)
                {
                    error = $"{where} has no \"identity\" (the name recorded as approver)";
                    return false;
                }

                byte[] hash;
                if (entry.TryGetProperty("token", out var t) && t.ValueKind == JsonValueKind.String)
                {
                    var token = t.GetString()!;
                    if (token.Length < 16)
                    {
                        error = $"{where} ({identity}): the token is shorter than 16 characters; use a long random one";
                        return false;
                    }

                    hash = Hash(token);
                }
                else if (entry.TryGetProperty("sha256", out var h) && h.ValueKind == JsonValueKind.String && TryHex(h.GetString()!, out var parsed))
                {
                    hash = parsed;
                }
                else
                {
                    error = $"{where} ({identity}) needs \"token\" (a string) or \"sha256\" (64 hex digits)";
                    return false;
                }

                entries.Add((hash, identity));
            }

            store = new TokenStore(entries);
            error = null;
            return true;
        }
    }

    /// <summary>The identity a token belongs to.</summary>
    /// <param name="token">The presented token.</param>
    /// <returns>The identity, or null for an unknown token.</returns>
    public string? Identify(string token)
    {
        var hash = Hash(token);
        string? identity = null;
        foreach (var (known, who) in entries)
        {
            // No early exit: every entry is compared, so the time taken says nothing about which one matched.
            if (CryptographicOperations.FixedTimeEquals(hash, known)) identity ??= who;
        }

        return identity;
    }

    /// <summary>The SHA-256 of a token, as the file's <c>sha256</c> field holds it.</summary>
    /// <param name="token">The token.</param>
    /// <returns>The hash.</returns>
    public static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    private static bool TryHex(string text, out byte[] bytes)
    {
        bytes = [];
        if (text.Length != 64) return false;
        try
        {
            bytes = Convert.FromHexString(text);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
