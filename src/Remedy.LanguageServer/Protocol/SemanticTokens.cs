namespace Remedy.LanguageServer.Protocol;

/// <summary>The result of <c>textDocument/semanticTokens/full</c>.</summary>
/// <param name="Data">Five integers per token, relative to the previous token.</param>
public sealed record SemanticTokens(IReadOnlyList<int> Data);
