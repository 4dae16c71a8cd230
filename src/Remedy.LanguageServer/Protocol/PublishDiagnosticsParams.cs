namespace Remedy.LanguageServer.Protocol;

/// <summary>The parameters of <c>textDocument/publishDiagnostics</c>.</summary>
/// <param name="Uri">The document.</param>
/// <param name="Version">The document version the diagnostics were computed for.</param>
/// <param name="Diagnostics">Every diagnostic of the document; empty clears them.</param>
public sealed record PublishDiagnosticsParams(string Uri, IReadOnlyList<LspDiagnostic> Diagnostics, int? Version = null);
