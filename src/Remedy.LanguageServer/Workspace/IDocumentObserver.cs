namespace Remedy.LanguageServer.Workspace;

/// <summary>Told when an open document changes or closes, after the workspace holds the new state.</summary>
public interface IDocumentObserver
{
    /// <summary>A document was opened or edited.</summary>
    void DocumentChanged(string uri);

    /// <summary>A document was closed.</summary>
    void DocumentClosed(string uri);
}
