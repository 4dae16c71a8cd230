namespace Remedy.LanguageServer.Protocol;

/// <summary>How the client sends document changes.</summary>
public enum TextDocumentSyncKind
{
    /// <summary>Not at all.</summary>
    None = 0,
    /// <summary>The whole text each time.</summary>
    Full = 1,
    /// <summary>Only the changed ranges.</summary>
    Incremental = 2,
}
