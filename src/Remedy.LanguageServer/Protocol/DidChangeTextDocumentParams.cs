namespace Remedy.LanguageServer.Protocol;

/// <summary>The parameters of <c>textDocument/didChange</c>.</summary>
/// <param name="TextDocument">The document and its new version.</param>
/// <param name="ContentChanges">The edits, applied in order.</param>
public sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, IReadOnlyList<TextDocumentContentChangeEvent> ContentChanges);
