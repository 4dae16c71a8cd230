namespace Remedy.LanguageServer.Features.Completion;

/// <summary>
/// Sort-text prefixes, best first: what only fits here (members, enumeration words, named
/// arguments), then names in scope, then module members and imports, then keywords, then snippets.
/// </summary>
internal static class CompletionRank
{
    public const string Contextual = "0_";
    public const string Local = "1_";
    public const string Module = "2_";
    public const string Keyword = "3_";
    public const string Snippet = "4_";
}
