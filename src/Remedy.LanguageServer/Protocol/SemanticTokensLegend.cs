namespace Remedy.LanguageServer.Protocol;

/// <summary>The token types and modifiers that semantic token data indexes into.</summary>
/// <param name="TokenTypes">Token types, by index.</param>
/// <param name="TokenModifiers">Token modifiers, by bit.</param>
public sealed record SemanticTokensLegend(IReadOnlyList<string> TokenTypes, IReadOnlyList<string> TokenModifiers);
