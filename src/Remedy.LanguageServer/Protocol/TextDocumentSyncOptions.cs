namespace Remedy.LanguageServer.Protocol;

/// <summary>How documents are synchronised.</summary>
/// <param name="OpenClose">Whether open and close are sent.</param>
/// <param name="Change">How changes are sent.</param>
/// <param name="Save">Whether and how saves are sent.</param>
public sealed record TextDocumentSyncOptions(bool OpenClose, TextDocumentSyncKind Change, SaveOptions Save);
