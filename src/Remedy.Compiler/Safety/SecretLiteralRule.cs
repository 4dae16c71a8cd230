using System.Text.RegularExpressions;
using Remedy.Syntax.Diagnostics;
using Remedy.Syntax.Tree;

namespace Remedy.Compiler.Safety;

/// <summary>
/// RMD1012: a string literal that looks like a secret: a password in a URL, a password, token or secret assignment,
/// an AWS access key, a private key block, a GitHub or Slack token, a Slack webhook URL, a Bearer token, a JSON web
/// token, or a long high-entropy base64 or hex string. In a file-system or URL path ('/' then segments), '/'
/// separates words, so each segment is judged on its own: a temp folder such as <c>/tmp/tmpXk3Jq9aB/logs</c> is not
/// one long random token.
/// </summary>
internal sealed partial class SecretLiteralRule : ISafetyRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.SecretLiteral;

    [GeneratedRegex(@"(?i)\b(password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key|client[_-]?secret)\s*[=:]\s*[^\s&;,'""]{4,}")]
    private static partial Regex Assignment();

    [GeneratedRegex(@"\b[a-z][a-z0-9+.-]*://[^/\s:@]+:[^/\s@]+@", RegexOptions.IgnoreCase)]
    private static partial Regex UrlPassword();

    [GeneratedRegex(@"\b(AKIA|ASIA)[0-9A-Z]{16}\b")]
    private static partial Regex AwsKey();

    [GeneratedRegex(@"-----BEGIN [A-Z ]*PRIVATE KEY-----")]
    private static partial Regex PrivateKey();

    [GeneratedRegex(@"\b(ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{20,}|\bgithub_pat_[A-Za-z0-9_]{20,}|\bxox[baprs]-[A-Za-z0-9-]{10,}")]
    private static partial Regex ServiceToken();

    [GeneratedRegex(@"(?i)\bhooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]{8,}")]
    private static partial Regex SlackWebhook();

    [GeneratedRegex(@"(?i)\bbearer\s+[A-Za-z0-9\-._~+/]{16,}=*")]
    private static partial Regex Bearer();

    [GeneratedRegex(@"\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*")]
    private static partial Regex JsonWebToken();

    [GeneratedRegex(@"[A-Za-z0-9+/=_-]{32,}")]
    private static partial Regex LongToken();

    [GeneratedRegex(@"sha(1|256|384|512):$", RegexOptions.IgnoreCase)]
    private static partial Regex Digest();

    public IEnumerable<Diagnostic> Check(SafetyContext context)
    {
        foreach (var tree in context.Trees)
        {
            foreach (var literal in tree.Nodes.OfType<StringLiteral>())
            {
                var text = string.Concat(literal.Parts.OfType<StringTextPart>().Select(p => p.Text));
                if (Classify(text) is not { } kind) continue;
                yield return SafetyContext.Create(Descriptor, tree.Path, literal.Span,
                    $"this string looks like {kind}; secrets must never be written in a playbook, where every reader and the journal see them. Configure the credential in the runtime and refer to it by name (e.g. credential: \"grafana\")");
            }
        }
    }

    /// <summary>What kind of secret the text looks like, or null.</summary>
    public static string? Classify(string text)
    {
        // Every pattern needs a '=' or ':' or at least 15 characters ('xox?-' and ten more), which
        // most strings of a playbook lack; this rule runs on every literal after every edit.
        if (text.Length < 15 && text.AsSpan().IndexOfAny('=', ':') < 0) return null;
        if (PrivateKey().IsMatch(text)) return "a private key";
        if (AwsKey().IsMatch(text)) return "an AWS access key";
        if (UrlPassword().IsMatch(text)) return "a password in a URL";
        if (ServiceToken().IsMatch(text)) return "a GitHub or Slack token";
        // Its secret is a path segment, which the entropy check below judges too short on its own.
        if (SlackWebhook().IsMatch(text)) return "a Slack webhook URL";
        if (Bearer().IsMatch(text)) return "a Bearer token";
        if (JsonWebToken().IsMatch(text)) return "a JSON web token";
        if (Assignment().Match(text) is { Success: true } m)
        {
            var word = m.Groups[1].Value.ToLowerInvariant();
            return ("aeiou".Contains(word[0]) ? "an " : "a ") + word + " assignment";
        }
        foreach (Match token in LongToken().Matches(text))
        {
            // Content digests are identifiers, not secrets.
            if (Digest().IsMatch(text[..token.Index])) continue;
            if (Words(text, token).Any(LooksRandom)) return "a high-entropy key";
        }
        return null;
    }

    /// <summary>
    /// The runs of a long token to judge by entropy. The path part of a token is judged segment by segment: its
    /// mixed-case, digit-bearing folder names (mkdtemp's <c>tmpXk3Jq9aB</c>) only add up to a long token by the '/'
    /// between them. A path starts the token (an absolute path, or one after "./" or "~/"), follows '=' (as in
    /// "--dir=/tmp/..."; base64 padding never precedes '/'), or follows a host or file name ("example.com/api/...").
    /// Anything else is judged whole, as base64 keys contain '/' too.
    /// </summary>
    private static IEnumerable<string> Words(string text, Match token)
    {
        var value = token.Value;
        var afterName = token.Index > 0 && text[token.Index - 1] == '.';
        var start = value.StartsWith('/') ? 0
            : value.IndexOf("=/", StringComparison.Ordinal) is var equals and >= 0 ? equals + 1
            : afterName ? value.IndexOf('/')
            : -1;
        if (start < 0) return [value];
        var segments = value[start..].Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Prepend(value[..start]).Where(word => word.Length >= 32);
    }

    private static bool LooksRandom(string token)
    {
        // A commit hash is an identifier, not a secret.
        if (token.Length == 40 && token.All(Uri.IsHexDigit)) return false;
        var hex = token.All(Uri.IsHexDigit);
        var hasDigit = token.Any(char.IsAsciiDigit);
        var hasUpper = token.Any(char.IsAsciiLetterUpper);
        var hasLower = token.Any(char.IsAsciiLetterLower);
        var entropy = Entropy(token);
        if (hex) return hasDigit && entropy >= 3.0;
        return hasDigit && hasUpper && hasLower && entropy >= 4.0;
    }

    private static double Entropy(string text)
    {
        var counts = new Dictionary<char, int>();
        foreach (var c in text) counts[c] = counts.GetValueOrDefault(c) + 1;
        var entropy = 0.0;
        foreach (var count in counts.Values)
        {
            var p = (double)count / text.Length;
            entropy -= p * Math.Log2(p);
        }
        return entropy;
    }
}
