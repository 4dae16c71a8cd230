namespace Remedy.LanguageServer.Protocol;

/// <summary>Parameters that name one document, so the server can have it compiled before the handler runs.</summary>
public interface ITextDocumentParams
{
    /// <summary>The document.</summary>
    TextDocumentIdentifier TextDocument { get; }
}
