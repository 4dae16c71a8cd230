using Remedy.LanguageServer.Workspace;

namespace Remedy.LanguageServer.Server;

/// <summary>
/// The current workspace snapshot. Only the request queue's exclusive path replaces it, so
/// writes never race; reads take whatever snapshot is current when their request is dequeued.
/// </summary>
internal sealed class WorkspaceState(WorkspaceSnapshot initial)
{
    private WorkspaceSnapshot _current = initial;

    public WorkspaceSnapshot Current => Volatile.Read(ref _current);

    public void Update(Func<WorkspaceSnapshot, WorkspaceSnapshot> change) => Volatile.Write(ref _current, change(Current));
}
