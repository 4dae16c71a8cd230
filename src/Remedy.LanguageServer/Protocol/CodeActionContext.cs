namespace Remedy.LanguageServer.Protocol;

/// <summary>The diagnostics at the range the client asks code actions for.</summary>
/// <param name="Diagnostics">The diagnostics the client shows there.</param>
/// <param name="Only">The kinds of action wanted, if restricted.</param>
public sealed record CodeActionContext(IReadOnlyList<LspDiagnostic> Diagnostics, IReadOnlyList<string>? Only = null);
