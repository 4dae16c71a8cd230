namespace Remedy.LanguageServer.Server;

/// <summary>Where the server is in the protocol's lifecycle.</summary>
public enum ServerState
{
    /// <summary>Waiting for <c>initialize</c>; every other request is refused with ServerNotInitialized.</summary>
    Uninitialized,
    /// <summary>Serving requests.</summary>
    Running,
    /// <summary><c>shutdown</c> was received; only <c>exit</c> is accepted.</summary>
    ShuttingDown,
    /// <summary><c>exit</c> was received or the connection closed.</summary>
    Exited,
}
