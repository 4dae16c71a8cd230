namespace Remedy.LanguageServer.Protocol;

/// <summary>Semantic token settings.</summary>
/// <param name="Legend">The legend.</param>
/// <param name="Full">Whether whole-document tokens are supported.</param>
public sealed record SemanticTokensOptions(SemanticTokensLegend Legend, bool Full);
