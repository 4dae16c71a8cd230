using Remedy.LanguageServer.Protocol;
using Remedy.LanguageServer.Workspace;

namespace Remedy.LanguageServer.Server;

/// <summary>The state of one connection: lifecycle, workspace, options and the observers of document changes.</summary>
internal sealed class ServerSession
{
    private readonly TaskCompletionSource _exit = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<IDocumentObserver> _observers = [];
    private int _state = (int)ServerState.Uninitialized;

    public ServerSession(LanguageServerOptions options, ServerLog log)
    {
        Options = options;
        Log = log;
        Workspace = new WorkspaceState(WorkspaceSnapshot.Empty(ModuleLibrary.Empty));
    }

    public LanguageServerOptions Options { get; }

    public ServerLog Log { get; }

    public WorkspaceState Workspace { get; }

    /// <summary>The compilation of each workspace snapshot.</summary>
    public CompilationCache Compilations { get; } = new();

    public ServerCapabilities Capabilities { get; set; } = new();

    /// <summary>The standard library folder found at initialize.</summary>
    public string? StandardLibraryFolder { get; set; }

    public ServerState State => (ServerState)Volatile.Read(ref _state);

    /// <summary>Whether <c>shutdown</c> came before <c>exit</c>; decides the exit code (0 or 1) as the protocol says.</summary>
    public bool ShutdownReceived { get; private set; }

    public Task Exited => _exit.Task;

    public void AddObserver(IDocumentObserver observer) => _observers.Add(observer);

    public void NotifyChanged(string uri)
    {
        foreach (var observer in _observers) observer.DocumentChanged(uri);
    }

    public void NotifyClosed(string uri)
    {
        foreach (var observer in _observers) observer.DocumentClosed(uri);
    }

    public void SignalExit()
    {
        Volatile.Write(ref _state, (int)ServerState.Exited);
        _exit.TrySetResult();
    }

    /// <summary>
    /// Applies the lifecycle rules to an arriving message, in arrival order. Returns false for a
    /// notification that is dropped; throws the protocol error for a request that is refused.
    /// </summary>
    public bool Admit(IMethodHandler handler)
    {
        var method = handler.Method;
        switch (State)
        {
            case ServerState.Uninitialized:
                if (method == LspMethods.Initialize)
                {
                    Volatile.Write(ref _state, (int)ServerState.Running);
                    return true;
                }
                if (method == LspMethods.Exit) return true;
                if (handler.IsNotification) return false;
                throw RequestErrors.NotInitialized(method);
            case ServerState.Running:
                if (method == LspMethods.Initialize) throw RequestErrors.AlreadyInitialized();
                if (method == LspMethods.Shutdown)
                {
                    ShutdownReceived = true;
                    Volatile.Write(ref _state, (int)ServerState.ShuttingDown);
                }
                return true;
            case ServerState.ShuttingDown:
                if (method == LspMethods.Exit) return true;
                if (handler.IsNotification) return false;
                throw RequestErrors.ShuttingDown(method);
            default:
                if (handler.IsNotification) return false;
                throw RequestErrors.ShuttingDown(method);
        }
    }
}
