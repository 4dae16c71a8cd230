using Remedy.LanguageServer.Workspace;

namespace Remedy.LanguageServer.Server;

/// <summary>What a handler sees: one consistent workspace snapshot and the session it belongs to.</summary>
internal sealed class RequestContext(WorkspaceSnapshot snapshot, ServerSession session)
{
    public WorkspaceSnapshot Snapshot { get; } = snapshot;

    public ServerSession Session { get; } = session;

    /// <summary>The snapshot's compilation, for handlers that ask the queue to await it first; null otherwise.</summary>
    public Compiler.Compilation? Compilation { get; set; }

    /// <summary>The open document, or an InvalidParams error for a document the client never opened.</summary>
    public OpenDocument GetDocument(string uri) => Snapshot.Find(uri) ?? throw RequestErrors.DocumentNotOpen(uri);
}
