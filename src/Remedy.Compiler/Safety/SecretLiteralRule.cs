using System.Text.RegularExpressions;
using Remedy.Syntax.Diagnostics;
using Remedy.Syntax.Tree;

namespace Remedy.Compiler.Safety;

/// <summary>
/// RMD1012: a string literal that looks like a secret: a password in a URL, a password, token or secret assignment,
/// an AWS access key, a private key block, a GitHub or Slack token, a Bearer token, or a long
/// high-entropy base64 or hex string.
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

    [GeneratedRegex(@"(?i)\bbearer\s+[A-Za-z0-9\-._~+/]{16,}=*")]
    private static partial Regex Bearer();

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
        if (Bearer().IsMatch(text)) return "a Bearer token";
        if (Assignment().Match(text) is { Success: true } m)
        {
            var word = m.Groups[1].Value.ToLowerInvariant();
            return ("aeiou".Contains(word[0]) ? "an " : "a ") + word + " assignment";
        }
        foreach (Match token in LongToken().Matches(text))
        {
            // Content digests and commit hashes are identifiers, not secrets.
            var before = text[..token.Index];
            if (Digest().IsMatch(before) || (token.Length == 40 && token.Value.All(Uri.IsHexDigit))) continue;
            if (LooksRandom(token.Value)) return "a high-entropy key";
        }
        return null;
    }

    private static bool LooksRandom(string token)
    {
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
